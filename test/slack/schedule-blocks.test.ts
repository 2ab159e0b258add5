import { describe, expect, it } from 'vitest';
import type { EndingSoon } from '../../src/domain/digest/digest.js';
import type { Inspection } from '../../src/domain/inspection/visit.js';
import type { Unit } from '../../src/domain/unit/unit.js';
import { createI18n } from '../../src/i18n/index.js';
import type { EscalationItem } from '../../src/outbox/outbox-message.js';
import { accidentModal } from '../../src/slack/blocks/accident.modal.js';
import { assignModal, dueListBlocks, inspectionBlocks, mineBlocks, resultModal } from '../../src/slack/blocks/inspection.blocks.js';
import { digestBlocks, escalationLeadersBlocks, escalationPeopleBlocks, inspectorDayBlocks } from '../../src/slack/blocks/schedule.blocks.js';
import { blockKitViolations, viewViolations } from '../support/block-kit-limits.js';

const unit: Unit = {
  id: 3, name: '为民超市<&>'.padEnd(100, '市'), creditCode: null, industry: 'commerce', town: '北关街道', address: '人民路 1 号', contactName: '刘', contactPhone: '13900000000',
  majorHazardSource: false, licenceHolder: false, tier: 'red', override: null, createdAt: '2026-11-01T00:00:00.000Z', createdBy: 'U1', updatedAt: '2026-11-01T00:00:00.000Z',
};
const inspection: Inspection = {
  id: 9, number: 'JC-2026-0009', unitId: 3, plannedDate: '2026-11-30', visitType: 'administrative', status: 'done', doneDate: '2026-11-30', summary: '检查了消防'.repeat(300), findings: '通道堵塞'.repeat(300),
  cancelReason: null, inspectors: ['UINSPECT01', 'UINSPECT02'], createdBy: 'U1', updatedAt: '2026-11-30T02:00:00.000Z', updatedBy: 'U1',
};
const soon = (i: number): EndingSoon => ({ unitId: i, name: `单位${i}`.padEnd(100, '厂'), town: '城关镇', tier: i % 2 ? 'red' : 'blue', period: { start: '2026-11-23', end: '2026-11-29' }, daysLeft: 2, planned: i % 3 ? null : { number: `JC-2026-${i}`, date: '2026-11-29', inspectors: ['UINSPECT01'] } });
const item = (i: number, step: EscalationItem['step']): EscalationItem => ({ hazardId: i, number: `YH-2026-${String(i).padStart(4, '0')}`, title: '隐患'.padEnd(100, '患'), unitName: '单位'.padEnd(100, '位'), level: i % 2 ? 'major' : 'general', status: 'rectifying', step, days: 7, deadline: '2026-11-20', leader: i % 2 ? 'ULEADER001' : null });

describe.each(['zh-CN', 'en'] as const)('schedule messages and inspection modals in %s', (locale) => {
  const i18n = createI18n(locale, 'Asia/Shanghai');
  const counts = { red: { units: 10, due: 4, done: 6, missedLast: 1 }, yellow: { units: 20, due: 10, done: 10, missedLast: 0 }, blue: { units: 70, due: 30, done: 40, missedLast: 3 } };

  it('builds each digest part within a message’s limits, with counts first and Assign only where nobody is planned', () => {
    const first = digestBlocks(i18n, { type: 'digest', date: '2026-11-28', part: 1, parts: 2, counts, items: Array.from({ length: 40 }, (_, i) => soon(i)), more: 0, soonDays: 3 });
    expect(blockKitViolations(first.blocks, 'message')).toEqual([]);
    expect(first.text).toBe(locale === 'zh-CN' ? '每日检查排期 · 2026年11月28日 星期六' : 'Daily inspection schedule · Sat 28 Nov 2026');
    expect(JSON.stringify(first.blocks)).toContain(locale === 'zh-CN' ? '共 10 家 · 本期应查 4 · 已查 6 · 上期漏查 1' : '10 units · due 4 · done 6 · missed last period 1');
    const buttons = first.blocks.flatMap((b) => ('accessory' in b && b.accessory ? [b.accessory] : []));
    expect(buttons).toHaveLength(26); // 40 items, every third planned
    const last = digestBlocks(i18n, { type: 'digest', date: '2026-11-28', part: 4, parts: 4, counts: null, items: Array.from({ length: 40 }, (_, i) => soon(i)), more: 123, soonDays: 3 });
    expect(blockKitViolations(last.blocks, 'message')).toEqual([]);
    expect(JSON.stringify(last.blocks)).toContain(locale === 'zh-CN' ? '另有 123 家未列出' : '123 more not listed');
    const empty = digestBlocks(i18n, { type: 'digest', date: '2026-11-28', part: 1, parts: 1, counts, items: [], more: 0, soonDays: 3 });
    expect(JSON.stringify(empty.blocks)).toContain(locale === 'zh-CN' ? '没有 3 天内截止而尚未检查的单位' : 'No unit has its period ending within 3 days');
  });

  it('lists an inspector’s day, and escalations for people and for leaders with refer buttons on the 7-day ones', () => {
    const day = inspectorDayBlocks(i18n, { type: 'inspector_day', date: '2026-11-30', inspections: Array.from({ length: 30 }, (_, i) => ({ number: `JC-2026-${i}`, unitName: '单位', visitType: 'patrol', inspectors: ['U1', 'U2'] })) });
    expect(blockKitViolations(day.blocks, 'message')).toEqual([]);
    const people = escalationPeopleBlocks(i18n, { type: 'escalation_people', date: '2026-11-30', items: Array.from({ length: 45 }, (_, i) => item(i, 'overdue')), more: 15 });
    expect(blockKitViolations(people.blocks, 'message')).toEqual([]);
    expect(JSON.stringify(people.blocks)).toContain(locale === 'zh-CN' ? '另有 15 项未列出' : '15 more not listed');
    const leaders = escalationLeadersBlocks(i18n, { type: 'escalation_leaders', date: '2026-11-30', part: 1, parts: 1, more: 0, items: [item(1, 'overdue_joint'), item(2, 'overdue_leader'), item(3, 'review_breach')] });
    expect(blockKitViolations(leaders.blocks, 'message')).toEqual([]);
    const accessories = leaders.blocks.flatMap((b) => ('accessory' in b && b.accessory ? [b.accessory as { action_id: string; value: string }] : []));
    expect(accessories.map((a) => a.action_id)).toEqual(['hazard_act_refer_joint', 'hazard_open', 'hazard_open']);
    expect(accessories[0]!.value).toBe('1:rectifying');
    expect(JSON.stringify(leaders.blocks)).toContain('<@ULEADER001>');
  });

  it('builds the assignment, result and accident modals within view limits', () => {
    const metadata = { responseUrl: 'https://hooks.slack.com/commands/T1/2/x' };
    for (const view of [
      assignModal(i18n, { units: [{ value: '3', label: unit.name }], actorId: 'U1', today: '2026-11-30', metadata }),
      resultModal(i18n, { inspection: { ...inspection, status: 'planned' }, unit, today: '2026-11-30', metadata }),
      accidentModal(i18n, { unit, today: '2026-11-30', metadata }),
    ]) expect(viewViolations(view as unknown as Record<string, unknown>)).toEqual([]);
    const assign = assignModal(i18n, { units: [], actorId: 'U1', today: '2026-11-30', metadata });
    expect(assign.blocks.map((b) => ('block_id' in b ? b.block_id : ''))).toEqual(['units', 'planned_date', 'inspectors', 'visit_type', 'acknowledge_cap']);
  });

  it('shows an inspection, the due list and my list within limits', () => {
    expect(blockKitViolations(inspectionBlocks(i18n, { inspection, unit, mayRecord: false }), 'message')).toEqual([]);
    const due = dueListBlocks(i18n, { total: 57, units: Array.from({ length: 20 }, (_, i) => ({ unit: { id: i + 1, name: unit.name, town: unit.town, tier: unit.tier }, standing: { period: { start: '2026-11-23', end: '2026-11-29' }, due: true, daysLeft: 1, doneOn: null }, planned: null })) });
    expect(blockKitViolations(due, 'message')).toEqual([]);
    expect(blockKitViolations(mineBlocks(i18n, Array.from({ length: 60 }, () => ({ inspection: { ...inspection, status: 'planned' as const }, unit }))), 'message')).toEqual([]);
  });
});
