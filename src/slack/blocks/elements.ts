import type { ActionsBlock, Button, ContextBlock, DividerBlock, HeaderBlock, PlainTextElement, SectionBlock } from '@slack/types';
import type { Tier } from '../../domain/unit/tier.js';

/** Block Kit limits we build within (SLACK.md §4). */
export const LIMITS = { sectionText: 3000, header: 150, buttonText: 75, buttonValue: 2000, optionText: 75, modalTitle: 24, metadata: 3000, messageBlocks: 50, viewBlocks: 100, contextElements: 10 } as const;

/** User-typed text inside mrkdwn: Slack reads &, < and > as markup. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts to at most `max` characters (counting Chinese characters as one each), ending with … when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export const plain = (text: string, max: number = LIMITS.sectionText): PlainTextElement => ({ type: 'plain_text', text: truncate(text, max), emoji: true });

export const section = (text: string): SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) } });

export const header = (text: string): HeaderBlock => ({ type: 'header', text: plain(text, LIMITS.header) });

export const divider = (): DividerBlock => ({ type: 'divider' });

export const context = (...texts: string[]): ContextBlock => ({
  type: 'context',
  elements: texts.slice(0, LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) })),
});

export interface ButtonSpec {
  readonly text: string;
  readonly actionId: string;
  readonly value?: string;
  readonly style?: 'primary' | 'danger';
  readonly confirm?: { readonly title: string; readonly text: string; readonly confirm: string; readonly deny: string };
}

export function button(spec: ButtonSpec): Button {
  return {
    type: 'button',
    text: plain(spec.text, LIMITS.buttonText),
    action_id: spec.actionId,
    ...(spec.value !== undefined ? { value: truncate(spec.value, LIMITS.buttonValue) } : {}),
    ...(spec.style ? { style: spec.style } : {}),
    ...(spec.confirm
      ? { confirm: { title: plain(spec.confirm.title, 100), text: plain(spec.confirm.text, 300), confirm: plain(spec.confirm.confirm, 30), deny: plain(spec.confirm.deny, 30) } }
      : {}),
  };
}

/** Slack allows 25 elements in an actions block; block_id must be unique within a message. */
export function actions(blockId: string, elements: Button[]): ActionsBlock {
  return { type: 'actions', block_id: blockId, elements: elements.slice(0, 25) };
}

export const TIER_EMOJI: Record<Tier, string> = { red: '🔴', yellow: '🟡', blue: '🔵' };
