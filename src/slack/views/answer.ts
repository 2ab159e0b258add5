import type { WebClient } from '@slack/web-api';
import { respondTo, type EphemeralReply } from '../respond.js';

/**
 * Tells the person how their submission went: ephemerally where they opened the modal (its response_url), or by DM
 * when it was opened from App Home.
 */
export async function answer(client: WebClient, userId: string, responseUrl: string | undefined, reply: EphemeralReply): Promise<void> {
  if (responseUrl) return respondTo(responseUrl, reply);
  await client.chat.postMessage({ channel: userId, text: reply.text, ...(reply.blocks ? { blocks: reply.blocks } : {}) });
}
