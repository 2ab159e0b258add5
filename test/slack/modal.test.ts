import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/index.js';
import { modal, saveOrCancel } from '../../src/slack/blocks/modal.js';

const text = (t: string) => ({ type: 'plain_text', text: t, emoji: true });
const SECTION = { type: 'section', text: { type: 'mrkdwn', text: 'hi' } } as const;

describe('modal()', () => {
  it('writes the whole skeleton, in the order Slack documents it', () => {
    const view = modal({ callbackId: 'cb', title: 'Title', submit: 'Go', close: 'Back', metadata: { unitId: 7 }, blocks: [SECTION] });
    expect(JSON.stringify(view)).toBe(
      JSON.stringify({ type: 'modal', callback_id: 'cb', title: text('Title'), submit: text('Go'), close: text('Back'), private_metadata: '{"unitId":7}', blocks: [SECTION] }),
    );
  });

  it('leaves out submit, close and private_metadata when not given (a notice with only its close button)', () => {
    const view = modal({ callbackId: 'cb', title: 'Title', blocks: [] });
    expect(Object.keys(view)).toEqual(['type', 'callback_id', 'title', 'blocks']);
  });

  it('encodes an empty metadata as {} rather than leaving it out', () => {
    expect(modal({ callbackId: 'cb', title: 'T', metadata: {}, blocks: [] }).private_metadata).toBe('{}');
  });

  it('cuts the title and the buttons to Slack’s 24 characters', () => {
    const view = modal({ callbackId: 'cb', title: '题'.repeat(30), submit: 's'.repeat(25), close: 'c'.repeat(24), blocks: [] });
    expect(view.title.text).toBe(`${'题'.repeat(23)}…`);
    expect(view.submit?.text).toBe(`${'s'.repeat(23)}…`);
    expect(view.close?.text).toBe('c'.repeat(24));
  });

  it('does not share its blocks array with the caller', () => {
    const blocks = [SECTION];
    const view = modal({ callbackId: 'cb', title: 'T', blocks });
    blocks.push(SECTION);
    expect(view.blocks).toHaveLength(1);
  });
});

describe('saveOrCancel()', () => {
  it.each([
    ['zh-CN', '保存', '取消'],
    ['en', 'Save', 'Cancel'],
  ] as const)('gives the form buttons in %s', (locale, submit, close) => {
    expect(saveOrCancel(createI18n(locale, 'Asia/Shanghai'))).toEqual({ submit, close });
  });
});
