import { describe, expect, it } from 'vitest';
import { blocksToLines, elementToText, messageToLines, mrkdwnToText, viewToLines, type TextContext } from '../../src/demo/render-text.js';

const NAMES: Record<string, string> = { UINSPECT01: '王检查员', ULEADER001: 'Director Li' };
const ctx: TextContext = { userName: (id) => NAMES[id], channelName: (id) => (id === 'CHAZARDS01' ? 'hazards' : undefined), optionalLabel: '(optional)' };
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });
const button = (text: string, action_id = 'x') => ({ type: 'button', text: plain(text), action_id });

describe('mrkdwnToText', () => {
  it.each([
    ['<@UINSPECT01> 登记了这个隐患', '@王检查员 登记了这个隐患'],
    ['<@UINSPECT01|wang> and <@ULEADER001>', '@王检查员 and @Director Li'],
    ['<@UNKNOWN99|zhao> signed', '@zhao signed'], // no name in the table: Slack's own label
    ['<@UNKNOWN99> signed', '@UNKNOWN99 signed'],
    ['see <#CHAZARDS01> and <#COTHER0001|general>', 'see #hazards and #general'],
    ['<https://example.com/a?b=1|the ledger> · <https://example.com>', 'the ledger · https://example.com'],
    ['<!date^1764400000^{date_short}|29 Nov 2026> due', '29 Nov 2026 due'],
    ['<!here> look', '@here look'],
    ['*YH-2026-0001* 配电箱 _urgent_ ~old~', 'YH-2026-0001 配电箱 urgent old'],
    ['a &lt;b&gt; &amp; c', 'a <b> & c'],
    [':white_check_mark: done :warning: :no_such_emoji:', '✅ done ⚠️ :no_such_emoji:'],
    ['hazard_act_issue_order stays', 'hazard_act_issue_order stays'], // underscores inside words are not italics
    ['2 * 3 * 4', '2 * 3 * 4'], // a lone asterisk with spaces is not bold
  ])('%s → %s', (input, expected) => {
    expect(mrkdwnToText(input, ctx)).toBe(expected);
  });

  it('unescapes entities after the markup, so typed text that looks like markup stays as typed', () => {
    expect(mrkdwnToText('&lt;@UINSPECT01&gt;', ctx)).toBe('<@UINSPECT01>');
  });
});

describe('blocksToLines', () => {
  it('renders a card: header, section text, field pairs, context, buttons and a divider', () => {
    const blocks = [
      { type: 'header', text: plain('⚠️ YH-2026-0001 配电箱未接地') },
      { type: 'section', fields: [mrkdwn('*状态*\n整改中'), mrkdwn('*等级*\n一般隐患'), mrkdwn('*负责检查员*\n<@UINSPECT01>')] },
      { type: 'section', text: mrkdwn('二号车间\n配电箱外壳未接地') },
      { type: 'context', elements: [mrkdwn('发现 <@UINSPECT01>'), { type: 'image', image_url: 'https://x/y.png', alt_text: 'photo' }, plain('第二行\n第三行')] },
      { type: 'divider' },
      { type: 'actions', elements: [button('报告已整改'), button('申请延期'), { type: 'static_select', placeholder: plain('Pick one'), action_id: 's' }, { type: 'overflow', action_id: 'o', options: [] }] },
    ];
    expect(blocksToLines(blocks, { ...ctx, labelSeparator: '：' })).toEqual([
      '▌⚠️ YH-2026-0001 配电箱未接地',
      '状态：整改中    等级：一般隐患',
      '负责检查员：@王检查员',
      '二号车间',
      '配电箱外壳未接地',
      '  发现 @王检查员  ·  🖼 photo  ·  第二行',
      '  第三行',
      '────────',
      '[报告已整改] [申请延期] [Pick one ▾] [⋯]',
    ]);
  });

  it('puts a section accessory after the last line, or on its own line when there is no text', () => {
    expect(blocksToLines([{ type: 'section', text: mrkdwn('*为民超市*\n商贸'), accessory: button('Open') }], ctx)).toEqual(['为民超市', '商贸  [Open]']);
    expect(blocksToLines([{ type: 'section', accessory: button('Open') }], ctx)).toEqual(['[Open]']);
    expect(blocksToLines([{ type: 'section', fields: [mrkdwn('no label line')] }], ctx)).toEqual(['no label line']);
  });

  it('shows nothing for unknown blocks, and names unknown elements by type', () => {
    expect(blocksToLines([{ type: 'video', title: plain('x') }], ctx)).toEqual([]);
    expect(elementToText({ type: 'workflow_button' }, ctx)).toBe('[workflow_button]');
    expect(elementToText({ type: 'datepicker', initial_date: '2026-12-01' }, ctx)).toBe('[📅 2026-12-01]');
    expect(elementToText({ type: 'users_select', initial_user: 'ULEADER001' }, ctx)).toBe('[@Director Li ▾]');
  });

  it('flattens rich text with mentions, links and lists', () => {
    const block = {
      type: 'rich_text',
      elements: [
        { type: 'rich_text_section', elements: [{ type: 'text', text: 'Hi ' }, { type: 'user', user_id: 'UINSPECT01' }, { type: 'text', text: ', see ' }, { type: 'link', url: 'https://x', text: 'this' }] },
        { type: 'rich_text_list', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'one' }] }, { type: 'rich_text_section', elements: [{ type: 'emoji', name: 'fire' }] }] },
      ],
    };
    expect(blocksToLines([block], ctx)).toEqual(['Hi @王检查员, see this', '• one', '• 🔥']);
  });
});

describe('viewToLines and messageToLines', () => {
  it('lists a modal’s inputs with what each offers, optional ones marked, initial values shown, then its buttons', () => {
    const view = {
      type: 'modal', title: plain('Record an inspection'), submit: plain('Save'), close: plain('Cancel'),
      blocks: [
        { type: 'section', text: mrkdwn('*JC-2026-0001* 为民超市') },
        { type: 'input', block_id: 'outcome', label: plain('Outcome'), element: { type: 'radio_buttons', options: [{ text: plain('Done'), value: 'done' }, { text: plain('Cancelled'), value: 'cancelled' }], initial_option: { text: plain('Done'), value: 'done' } } },
        { type: 'input', block_id: 'summary', label: plain('Summary'), element: { type: 'plain_text_input', multiline: true } },
        { type: 'input', block_id: 'name', label: plain('Name'), optional: true, element: { type: 'plain_text_input', initial_value: 'x' } },
        { type: 'input', block_id: 'day', label: plain('Day'), element: { type: 'datepicker', initial_date: '2026-11-30' } },
        { type: 'input', block_id: 'who', label: plain('Inspectors'), element: { type: 'multi_users_select', initial_users: ['UINSPECT01', 'ULEADER001'] } },
        { type: 'input', block_id: 'six', label: plain('Industry'), element: { type: 'static_select', options: ['a', 'b', 'c', 'd', 'e', 'f'].map((v) => ({ text: plain(v), value: v })) } },
      ],
    };
    expect(viewToLines(view, ctx)).toEqual({
      title: 'Record an inspection',
      lines: [
        'JC-2026-0001 为民超市',
        '• Outcome  (Done / Cancelled) = Done',
        '• Summary  ¶',
        '• Name (optional)  ▁▁▁ = x',
        '• Day  📅 = 2026-11-30',
        '• Inspectors  👥 = @王检查员 @Director Li',
        '• Industry  (a / b / c / d / …)',
        '[Cancel] [Save]',
      ],
    });
  });

  it('renders App Home without a submit line', () => {
    expect(viewToLines({ type: 'home', blocks: [{ type: 'header', text: plain('Home') }] }, ctx)).toEqual({ title: '', lines: ['▌Home'] });
  });

  it('shows a message’s blocks when it has them, else its text as mrkdwn, else nothing', () => {
    expect(messageToLines({ text: 'fallback', blocks: [{ type: 'section', text: mrkdwn('from blocks') }] }, ctx)).toEqual(['from blocks']);
    expect(messageToLines({ text: '*a*\n<@ULEADER001>' }, ctx)).toEqual(['a', '@Director Li']);
    expect(messageToLines({ text: '', blocks: [] }, ctx)).toEqual([]);
    expect(messageToLines({}, ctx)).toEqual([]);
  });

  it('tolerates malformed pieces (missing text objects, elements that are not arrays)', () => {
    expect(blocksToLines([{ type: 'header' }, { type: 'context' }, { type: 'actions' }, { type: 'section' }], ctx)).toEqual(['▌', '  ', '']);
  });
});
