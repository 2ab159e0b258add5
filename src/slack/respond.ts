import type { KnownBlock } from '@slack/types';

export interface EphemeralReply {
  readonly text: string;
  readonly blocks?: KnownBlock[];
  /** Replace the message the button was on (an ephemeral card), instead of adding a new one. */
  readonly replaceOriginal?: boolean;
}

/**
 * Answers through a response_url (valid 30 minutes, 5 uses): the only way to reach someone ephemerally in a DM or a
 * private channel the bot is not in. Used after a modal opened from a command is submitted.
 */
export async function respondTo(responseUrl: string, reply: EphemeralReply): Promise<void> {
  const res = await fetch(responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', text: reply.text, ...(reply.blocks ? { blocks: reply.blocks } : {}), replace_original: reply.replaceOriginal ?? false }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`response_url answered ${res.status}`);
}
