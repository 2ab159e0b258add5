import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HazardAction } from '../../src/domain/hazard/hazard-actions.js';
import type { HazardLevel } from '../../src/domain/hazard/hazard.js';
import { HOME_LIST_LIMIT, type HomeModel } from '../../src/domain/home/home.model.js';
import { ACTION_INPUTS, CONTACT, makeHazard } from '../support/hazards.js';
import { ADMIN, CREDIT_CODES, EXPERT, INSPECTOR, LEADER, makeUnit, NOBODY, serviceHarness, type ServiceHarness, orderOfficers } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

const INSPECTOR2 = 'UINSPECT02';
const TODAY = '2026-11-30'; // the harness clock

/**
 * The seed, as data: what each hazard ends up as. The expected counts below are computed from this table, not from
 * the code under test: `end` is where the test drives the hazard (open = any confirmed, unfinished state).
 */
interface Seed {
  readonly key: string;
  readonly unit: 'A' | 'B' | 'C';
  readonly level: HazardLevel;
  readonly found: string;
  readonly deadline: string | null;
  readonly end: 'open' | 'closed' | 'void' | 'reported';
  readonly listed?: boolean;
}
const SEEDS: readonly Seed[] = [
  { key: 'g1', unit: 'A', level: 'general', found: '2026-11-28', deadline: '2026-12-10', end: 'open' },
  { key: 'g2', unit: 'A', level: 'general', found: '2026-11-01', deadline: '2026-11-20', end: 'open' }, // overdue
  { key: 'g3', unit: 'B', level: 'general', found: '2026-11-10', deadline: '2026-11-29', end: 'open' }, // overdue since today
  { key: 'g4', unit: 'B', level: 'general', found: '2026-03-01', deadline: '2026-03-10', end: 'closed' }, // past deadline, but closed
  { key: 'g5', unit: 'A', level: 'general', found: '2026-06-01', deadline: '2026-06-10', end: 'void' },
  { key: 'g6', unit: 'B', level: 'general', found: '2025-12-01', deadline: '2025-12-10', end: 'closed' }, // last year
  { key: 'g8', unit: 'B', level: 'general', found: '2026-11-20', deadline: '2026-11-30', end: 'open' }, // due today: not overdue
  { key: 'g7', unit: 'A', level: 'general', found: '2026-11-29', deadline: '2026-12-10', end: 'open' }, // rectifying
  { key: 'm1', unit: 'B', level: 'major', found: '2026-11-02', deadline: '2026-11-25', end: 'open', listed: true }, // overdue
  { key: 'm2', unit: 'A', level: 'major', found: '2026-11-20', deadline: '2027-01-31', end: 'open' },
  { key: 'r1', unit: 'C', level: 'general', found: '2026-11-30', deadline: null, end: 'reported' },
];

describe.each(DIALECTS)('App Home model on %s', (dialect) => {
  let h: ServiceHarness;
  const ids: Record<string, number> = {};
  const units: Record<string, number> = {};

  beforeAll(async () => {
    h = await serviceHarness(dialect);
    await orderOfficers(h.db);
    await h.sut.roles.grant(ADMIN, INSPECTOR2, 'inspector');
    units.A = (await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'commerce', creditCode: CREDIT_CODES[1] }))).unit.id; // blue, red with m2
    units.B = (await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'mining', creditCode: CREDIT_CODES[2] }))).unit.id; // yellow, red with m1
    units.C = (await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'community' }))).unit.id; // blue
    units.D = (await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'mining', creditCode: CREDIT_CODES[3] }))).unit.id; // yellow
    await h.sut.contacts.link(INSPECTOR, units.A!, [CONTACT]);
    await h.sut.contacts.link(INSPECTOR, units.C!, [CONTACT]);
    for (const s of SEEDS) {
      const by = s.end === 'reported' ? NOBODY : INSPECTOR;
      const input = makeHazard(units[s.unit]!, { level: s.level, foundDate: s.found, deadline: s.deadline, assignee: s.end === 'reported' ? null : s.key === 'g3' ? INSPECTOR2 : INSPECTOR });
      ids[s.key] = (await h.sut.hazards.register(by, input)).hazard.id;
    }
    await h.sut.hazards.perform(INSPECTOR, ids.g4!, 'open', ACTION_INPUTS.close_on_spot);
    await h.sut.hazards.perform(INSPECTOR, ids.g6!, 'open', ACTION_INPUTS.close_on_spot);
    await h.sut.hazards.perform(LEADER, ids.g5!, undefined, ACTION_INPUTS.void);
    await h.sut.hazards.perform(INSPECTOR, ids.g7!, 'open', ACTION_INPUTS.issue_order);
    await h.sut.hazards.perform(LEADER, ids.m1!, 'open', ACTION_INPUTS.list_for_supervision);
    await h.sut.hazards.perform(INSPECTOR, ids.m2!, 'open', ACTION_INPUTS.assign_experts);
    // C is inspected this period (blue: this month); INSPECTOR has twelve inspections planned ahead at A.
    const [done] = await h.sut.inspections.assign(INSPECTOR, { unitIds: [units.C!], plannedDate: TODAY, inspectors: [INSPECTOR], visitType: 'patrol', acknowledgeCap: false });
    await h.sut.inspections.record(INSPECTOR, done!.id, { outcome: 'done', doneDate: TODAY, summary: '已检查', findings: '' });
    for (let day = 1; day <= 12; day++) {
      await h.sut.inspections.assign(LEADER, { unitIds: [units.A!], plannedDate: `2026-12-${String(day).padStart(2, '0')}`, inspectors: [INSPECTOR], visitType: 'patrol', acknowledgeCap: false });
    }
  });
  afterAll(async () => h?.close());

  const home = (user: string) => h.sut.home.home(user);
  const todoOf = (m: HomeModel) => Object.fromEntries(m.todos.items.map((t) => [Object.entries(ids).find(([, id]) => id === t.hazardId)![0], t.asked]));
  const unfinished = (s: Seed) => s.end === 'open';
  const overdue = (s: Seed) => unfinished(s) && s.deadline !== null && s.deadline < TODAY;

  it('counts the office from the seed: open and overdue by level, reports, the year’s closure rate, listed majors', async () => {
    const office = (await home(LEADER)).office!;
    const count = (f: (s: Seed) => boolean) => SEEDS.filter(f).length;
    expect(office.open).toEqual({ general: count((s) => unfinished(s) && s.level === 'general'), major: count((s) => unfinished(s) && s.level === 'major') });
    expect(office.open).toEqual({ general: 5, major: 2 }); // the table read by eye, as a check on the filters above
    expect(office.overdue).toEqual({ general: count((s) => overdue(s) && s.level === 'general'), major: count((s) => overdue(s) && s.level === 'major') });
    expect(office.overdue).toEqual({ general: 2, major: 1 });
    expect(office.reported).toBe(count((s) => s.end === 'reported'));
    const found = count((s) => s.found.startsWith('2026') && s.end !== 'void' && s.end !== 'reported');
    const closed = count((s) => s.found.startsWith('2026') && s.end === 'closed');
    expect([found, closed]).toEqual([8, 1]);
    expect(office.year).toEqual({ year: 2026, found, closed, rate: Math.round((closed / found) * 1000) / 10 });
    expect(office.year.rate).toBe(12.5);
    expect(office.listed.total).toBe(count((s) => s.listed === true && unfinished(s)));
    expect(office.listed.items.map((l) => [l.hazardId, l.leader, l.listingLevel, l.status])).toEqual([[ids.m1, LEADER, 'county', 'open']]);
  });

  it('gives the digest’s units due this period by tier: A and B red with their majors, D yellow, C blue and inspected', async () => {
    const { tiers } = (await home(INSPECTOR)).office!;
    expect(Object.fromEntries(Object.entries(tiers).map(([tier, c]) => [tier, [c.units, c.due]]))).toEqual({ red: [2, 2], yellow: [1, 1], blue: [1, 0] });
  });

  it('lists what waits for each person by the to-do rule, deadline soonest first', async () => {
    const inspector = await home(INSPECTOR);
    // g1, g2, g8: the order or closing on the spot; m1 (listed, no experts yet): experts and plan; m2 (experts assigned): the plan;
    // r1: every inspector confirms a report. g3 is INSPECTOR2's; g7 waits for the unit.
    expect(todoOf(inspector)).toEqual({
      g1: ['issue_order', 'close_on_spot'], g2: ['issue_order', 'close_on_spot'], g8: ['issue_order', 'close_on_spot'], m1: ['assign_experts', 'record_plan'], m2: ['record_plan'], r1: ['confirm', 'dismiss'],
    });
    expect(inspector.todos.items.map((t) => t.hazardId).slice(0, 2)).toEqual([ids.g2, ids.m1]); // 20 Nov, 25 Nov
    expect(inspector.todos.items.at(-1)!.hazardId).toBe(ids.r1); // no deadline: last
    expect(inspector.todos.total).toBe(6);
    expect(inspector.todos.byAction).toEqual({ issue_order: 3, assign_experts: 1, record_plan: 1, confirm: 1 } satisfies Partial<Record<HazardAction, number>>);
    expect(inspector.todos.items.every((t) => t.buttons.length === t.asked.length)).toBe(true);
    expect(todoOf(await home(INSPECTOR2))).toEqual({ g3: ['issue_order', 'close_on_spot'], r1: ['confirm', 'dismiss'] });
    expect(todoOf(await home(LEADER))).toEqual({ m2: ['list_for_supervision'] });
    expect(todoOf(await home(EXPERT))).toEqual({ m2: ['record_opinion'] });
    expect(todoOf(await home(CONTACT))).toEqual({ g7: ['report_rectified'] });
    expect((await home(ADMIN)).todos.total).toBe(0);
    expect((await home(NOBODY)).todos.total).toBe(0); // reported r1, but a report waits for inspectors
  });

  it('shows an inspector’s planned inspections, capped, with the total; nothing for a leader who has none', async () => {
    const inspections = (await home(INSPECTOR)).inspections!;
    expect(inspections.total).toBe(12);
    expect(inspections.items).toHaveLength(HOME_LIST_LIMIT);
    expect(inspections.items.map((i) => i.inspection.plannedDate)).toEqual(Array.from({ length: 10 }, (_, d) => `2026-12-${String(d + 1).padStart(2, '0')}`));
    expect(inspections.items[0]!.unit).toEqual({ id: units.A, name: expect.any(String), tier: 'red' });
    expect((await home(LEADER)).inspections).toBeNull();
    expect((await home(INSPECTOR2)).inspections).toEqual({ items: [], total: 0 });
  });

  it('gives a unit contact their units, red first, with open and overdue hazards from the seed', async () => {
    const m = await home(CONTACT);
    const of = (u: 'A' | 'C') => ({ open: SEEDS.filter((s) => s.unit === u && unfinished(s)).length, overdue: SEEDS.filter((s) => s.unit === u && overdue(s)).length });
    expect(m.units.map((u) => [u.id, u.tier, u.open, u.overdue])).toEqual([[units.A, 'red', of('A').open, of('A').overdue], [units.C, 'blue', of('C').open, of('C').overdue]]);
    expect(m.unitsTotal).toBe(2);
    expect(m.office).toBeNull(); // office figures are for the office's staff (report.view), not a unit's contact
  });

  it('shows no office figures to a person without a role (nor to an id nobody knows), and no units', async () => {
    for (const user of [NOBODY, 'UUNKNOWN99']) {
      const m = await home(user);
      expect(m.office).toBeNull();
      expect(m.units).toEqual([]);
      expect(m.inspections).toBeNull();
      expect(m.actor.roles.size).toBe(0);
    }
    expect(await h.sut.home.homes([])).toEqual([]);
  });

  it('builds several Homes at once exactly as one by one', async () => {
    const together = await h.sut.home.homes([LEADER, CONTACT, NOBODY]);
    expect(together).toEqual([await home(LEADER), await home(CONTACT), await home(NOBODY)]);
  });

  it('tells who was queued a to-do DM after a mark (whose Home another person’s change altered)', async () => {
    const mark = await h.sut.home.outboxMark();
    expect(await h.sut.home.todoRecipientsSince(mark)).toEqual([]);
    await h.sut.hazards.perform(INSPECTOR, ids.g1!, 'open', ACTION_INPUTS.issue_order); // the unit must now report
    expect(await h.sut.home.todoRecipientsSince(mark)).toEqual([CONTACT]);
    expect(todoOf(await home(CONTACT))).toEqual({ g1: ['report_rectified'], g7: ['report_rectified'] });
    const later = await h.sut.home.outboxMark();
    await h.sut.hazards.perform(LEADER, ids.r1!, 'reported', ACTION_INPUTS.dismiss); // nobody gets work from a dismissal
    expect(await h.sut.home.todoRecipientsSince(later)).toEqual([]);
  });
});
