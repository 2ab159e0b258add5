/**
 * A user mention in slash-command text arrives as `<@U123|name>` (escaped commands) or `<@U123>`.
 * Returns the user id, or undefined when the word is not a mention.
 */
export function parseUserMention(word: string): string | undefined {
  const m = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(word.trim());
  return m?.[1];
}

/** Splits command text into words, keeping a mention such as `<@U1|Zhang San>` (which may hold spaces) whole. */
export function splitCommandText(text: string): string[] {
  // Real `<` and `>` in the text are Slack's own markup: people's `<`, `>` and `&` arrive as entities.
  return [...text.matchAll(/<[^>]*>|[^\s<]+/g)].map((m) => (m[0].startsWith('<') ? m[0] : decodeSlackEntities(m[0])));
}

/** Slack escapes &, < and > in command text; turn them back (after mentions were read). */
export function decodeSlackEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
