import type { KnownBlock } from '@slack/types';

/** An ephemeral answer to a slash command through its response_url (`replace_original` replaces the last one). */
export type Reply = (message: { text: string; blocks?: KnownBlock[]; replace_original?: boolean }) => Promise<unknown>;
