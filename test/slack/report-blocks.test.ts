import { describe, expect, it } from 'vitest';
import { computeFigures, type FigureRow, type ListedProgress } from '../../src/domain/report/figures.js';
import { splitReport } from '../../src/domain/report/report-parts.js';
import { parseReportPeriod } from '../../src/domain/report/report-period.js';
import { createI18n } from '../../src/i18n/index.js';
import { parsePostButtonValue, periodName, reportAnswerBlocks, reportPartBlocks } from '../../src/slack/blocks/report.blocks.js';
import { ActionId } from '../../src/slack/ids.js';
import { blockKitViolations } from '../support/block-kit-limits.js';
import { buttonsOf } from '../support/slack-ui.js';

const zh = createI18n('zh-CN', 'Asia/Shanghai');
const en = createI18n('en', 'Asia/Shanghai');
const p = (label: string) => parseReportPeriod(label)!;
const row = (o: Partial<FigureRow>): FigureRow => ({ town: '城关镇', level: 'general', status: 'open', foundDate: '2026-11-24', deadline: null, closedDate: null, ...o });
const listed = (o: Partial<ListedProgress> = {}): ListedProgress => ({
  hazardId: 7, number: 'YH-2026-0007', title: '储罐区阀门泄漏', unitName: '红星化工<有限>公司', status: 'rectifying', deadline: '2026-12-20', leader: 'ULEADER001',
  listingLevel: 'county', documentNumber: '安委办〔2026〕12号', listedDate: '2026-11-01', closedDate: null, ...o,
});
const texts = (blocks: unknown[]) => JSON.stringify(blocks);

describe('report blocks', () => {
  const W48 = computeFigures(p('2026-W48'), '2026-11-30', [
    row({}), row({ level: 'major', status: 'closed', closedDate: '2026-11-27' }), row({ town: '', foundDate: '2026-11-01', deadline: '2026-11-10' }),
  ], [listed(), listed({ hazardId: 8, number: 'YH-2026-0008', status: 'closed', closedDate: '2026-11-25' })]);

  it('names periods in both languages', () => {
    expect(periodName(zh, p('2026-W48'))).toBe('2026年第48周 11月23日—11月29日');
    expect(periodName(zh, p('2026-11'))).toBe('2026年11月');
    expect(periodName(zh, p('2026-Q4'))).toBe('2026年第4季度');
    expect(periodName(zh, p('2026'))).toBe('2026年');
    expect(periodName(en, p('2026-W53'))).toBe('week 53 of 2026, 28 Dec – 3 Jan');
    expect(periodName(en, p('2026-11'))).toBe('November 2026');
    expect(periodName(en, p('2026-Q4'))).toBe('Q4 2026');
  });

  it('renders the publicity in publication wording: header, a line per figure, units named, no mentions, no buttons', () => {
    const [part] = splitReport(W48);
    const { text, blocks } = reportPartBlocks(zh, part!, 'public');
    expect(text).toBe('安全生产隐患排查治理情况公示（2026年第48周 11月23日—11月29日）');
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text } });
    const all = texts(blocks);
    expect(all).toContain('新排查隐患 *2* 项，其中一般隐患 1 项、重大隐患 1 项。');
    expect(all).toContain('整改销号 *1* 项，其中一般隐患 0 项、重大隐患 1 项。');
    expect(all).toContain('截至 2026年11月29日 星期日，逾期未整改 *1* 项');
    expect(all).toContain('本期排查隐患整改率 *50%*（共排查 2 项，已整改销号 1 项）');
    expect(all).toContain('红星化工&lt;有限&gt;公司'); // escaped
    expect(all).toContain('县级挂牌督办（安委办〔2026〕12号）');
    expect(all).toContain('已于 2026年11月25日 星期三 销号');
    expect(all).toContain('未填写乡镇');
    expect(all).toContain('特此公示。');
    expect(all).not.toContain('<@');
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
    const english = texts(reportPartBlocks(en, part!, 'public').blocks);
    expect(english).toContain('New hazards found: *2* (1 general, 1 major).');
    expect(english).toContain('no town');
  });

  it('says so when nothing was found: no rate, no listed hazards, no towns', () => {
    const [part] = splitReport(computeFigures(p('2026-W48'), '2026-11-30', [], []));
    const all = texts(reportPartBlocks(zh, part!, 'public').blocks);
    expect(all).toContain('本期未排查出新隐患，不计整改率。');
    expect(all).toContain('本期无挂牌督办重大隐患。');
    expect(all).toContain('本期各乡镇（街道）均无隐患排查治理数据。');
  });

  it('answers ephemerally with the supervising leader and a post button carrying the period label', () => {
    const { blocks } = reportAnswerBlocks(zh, W48, { post: { token: 'abc123' }, channelMissing: false });
    expect(texts(blocks)).toContain('督办领导 <@ULEADER001>');
    const [postButton] = buttonsOf(blocks as never);
    expect(postButton).toMatchObject({ action_id: ActionId.ReportPost, value: '2026-W48|abc123' });
    expect(parsePostButtonValue(postButton!.value)).toEqual({ label: '2026-W48', token: 'abc123' });
    expect(buttonsOf(reportAnswerBlocks(zh, W48, { post: null, channelMissing: false }).blocks as never)).toEqual([]);
    expect(texts(reportAnswerBlocks(zh, W48, { post: null, channelMissing: true }).blocks)).toContain('未配置公示频道（PUBLIC_CHANNEL）');
  });

  it.each([undefined, '', '2026-11', '2026-11|', '2026-11|a|b', '2026-11|bad token'])('rejects the tampered button value %s', (value) => {
    expect(parsePostButtonValue(value)).toBeNull();
  });

  it('keeps a big ephemeral answer in one message within the limits, both languages', () => {
    const big = computeFigures(p('2026-11'), '2026-12-02',
      Array.from({ length: 200 }, (_, i) => row({ town: `${'很长的乡镇名称'.repeat(6)}${i}`, foundDate: '2026-11-10' })),
      Array.from({ length: 200 }, (_, i) => listed({ hazardId: i, number: `YH-2026-${String(i).padStart(4, '0')}`, title: '很长的隐患标题'.repeat(14), unitName: '很长的单位名称'.repeat(14) })));
    for (const i18n of [zh, en]) {
      const { blocks } = reportAnswerBlocks(i18n, big, { post: { token: 't' }, channelMissing: false });
      expect(blockKitViolations(blocks, 'message')).toEqual([]);
      expect(texts(blocks)).toContain(i18n === zh ? '另有 190 项挂牌督办重大隐患未列出' : '190 more listed hazards not shown');
      expect(texts(blocks)).toContain(i18n === zh ? '另有 140 个乡镇（街道）未列出' : '140 more towns not shown');
    }
  });
});
