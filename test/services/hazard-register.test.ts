import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import type { Db } from '../../src/db/knex.js';
import { DomainError } from '../../src/domain/errors.js';
import type { OutboxMessage } from '../../src/outbox/outbox-message.js';
import { buildServices } from '../../src/services/index.js';
import { makeHazard } from '../support/hazards.js';
import { ADMIN, EXPERT, INSPECTOR, LEADER, makeUnit, NOBODY, serviceHarness, TEST_CONFIG, type ServiceHarness } from '../support/services.js';
import { HAZARD_TABLES, lastOutboxId, snapshotOf } from '../support/db-state.js';
import { DIALECTS } from '../support/test-db.js';

const CONTACT = 'UCONTACT01';
const INSPECTOR2 = 'UINSPECT02';
const LEADER2 = 'ULEADER002';
const CHANNEL = 'CHAZARD001';

const snapshot = snapshotOf(HAZARD_TABLES);


interface Queued { readonly key: string; readonly lane: string; readonly op: string; readonly status: string; readonly message: OutboxMessage }

async function outboxAfter(db: Db, afterId: number): Promise<Queued[]> {
  const rows = await db('outbox').where('id', '>', afterId).orderBy('id');
  return rows.map((r) => ({ key: r.idempotency_key, lane: r.lane, op: r.op, status: r.status, message: JSON.parse(r.payload) as OutboxMessage }));
}


/** One line per queued message: where it goes and what it says. */
function brief(m: OutboxMessage): string {
  const d = m.delivery;
  const n = m.notice;
  const where = d.op === 'dm' ? `dm ${d.user}` : `${d.op} ${d.channel} ${d.ref ?? ''}`;
  const what = n.type === 'hazard_todo' ? `todo ${n.actions.join(',')}` : n.type === 'hazard_event' ? `event ${n.entry.kind}` : n.type;
  return `${where} ${what}`;
}

describe.each(DIALECTS)('hazard registration on %s', (dialect) => {
  let h: ServiceHarness;
  let unitId: number;
  let unitName: string;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
    const card = await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'commerce', creditCode: '91110108551385082Q' }));
    unitId = card.unit.id;
    unitName = card.unit.name;
    expect(card.unit.tier).toBe('blue');
    await h.sut.contacts.link(INSPECTOR, unitId, [CONTACT]);
  });
  afterEach(async () => h.close());

  async function refused(act: () => Promise<unknown>): Promise<DomainError> {
    const before = await snapshot(h.db);
    const error = await act().then(() => { throw new Error('expected a refusal, but it succeeded'); }, (e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(await snapshot(h.db)).toEqual(before);
    return error as DomainError;
  }

  describe('who registers decides the starting state', () => {
    it('registers open for an inspector, a leader and an admin, numbering YH-2026-0001, 0002, 0003', async () => {
      const a = await h.sut.hazards.register(INSPECTOR, makeHazard(unitId));
      const b = await h.sut.hazards.register(LEADER, makeHazard(unitId, { title: '消防通道堵塞', category: 'fire' }));
      const c = await h.sut.hazards.register(ADMIN, makeHazard(unitId, { title: '叉车无证驾驶', category: 'operation' }));
      expect([a, b, c].map((d) => [d.hazard.number, d.hazard.status, d.hazard.foundBy, d.hazard.reportedPublicly])).toEqual([
        ['YH-2026-0001', 'open', INSPECTOR, false],
        ['YH-2026-0002', 'open', LEADER, false],
        ['YH-2026-0003', 'open', ADMIN, false],
      ]);
      const rows = await h.db('hazard').orderBy('id');
      expect(rows.map((r) => [r.number, r.status, r.found_by, r.created_by, Boolean(r.reported_publicly), r.assignee, r.deadline, r.found_date, Number(r.version)])).toEqual([
        ['YH-2026-0001', 'open', INSPECTOR, INSPECTOR, false, INSPECTOR, '2026-12-10', '2026-11-30', 1],
        ['YH-2026-0002', 'open', LEADER, LEADER, false, INSPECTOR, '2026-12-10', '2026-11-30', 1],
        ['YH-2026-0003', 'open', ADMIN, ADMIN, false, INSPECTOR, '2026-12-10', '2026-11-30', 1],
      ]);
      expect(rows[1]).toMatchObject({ title: '消防通道堵塞', category: 'fire', level: 'general', unit_id: unitId, status_since: '2026-11-30T02:00:00.000Z' });
    });

    it.each([
      ['a person with no role', NOBODY],
      ['a person who is only a unit contact', CONTACT],
      ['an expert', EXPERT],
    ])('starts a report by %s as reported (public report), without deadline or assignee', async (_who, user) => {
      const d = await h.sut.hazards.register(user, makeHazard(unitId, { source: 'public_report', deadline: null, assignee: null }));
      expect(d.hazard).toMatchObject({ number: 'YH-2026-0001', status: 'reported', reportedPublicly: true, deadline: null, assignee: null, foundBy: user });
      const row = await h.db('hazard').where({ id: d.hazard.id }).first();
      expect(row).toMatchObject({ status: 'reported', deadline: null, assignee: null, found_by: user });
      expect(Boolean(row.reported_publicly)).toBe(true);
    });

    it('requires a deadline and an assignee from staff, but not from the public', async () => {
      expect((await refused(() => h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { deadline: null })))).details).toEqual({ field: 'deadline' });
      expect((await refused(() => h.sut.hazards.register(LEADER, makeHazard(unitId, { assignee: null })))).details).toEqual({ field: 'assignee' });
      const d = await h.sut.hazards.register(NOBODY, makeHazard(unitId, { deadline: null, assignee: null }));
      expect(d.hazard.status).toBe('reported');
    });

    it('keeps a public reporter’s optional deadline and assignee when given', async () => {
      const d = await h.sut.hazards.register(NOBODY, makeHazard(unitId, { deadline: '2026-12-05', assignee: INSPECTOR }));
      expect(d.hazard).toMatchObject({ status: 'reported', deadline: '2026-12-05', assignee: INSPECTOR });
    });

    it('numbers by the office’s year (Asia/Shanghai), starting again at 0001 in a new year', async () => {
      h.clock.set('2026-12-31T15:59:00.000Z'); // 23:59 on 31 Dec in Shanghai
      expect((await h.sut.hazards.register(INSPECTOR, makeHazard(unitId))).hazard.number).toBe('YH-2026-0001');
      h.clock.set('2026-12-31T16:00:00.000Z'); // 00:00 on 1 Jan 2027 in Shanghai
      expect((await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { deadline: '2027-01-10' }))).hazard.number).toBe('YH-2027-0001');
      expect((await h.sut.hazards.register(NOBODY, makeHazard(unitId, { deadline: null, assignee: null }))).hazard.number).toBe('YH-2027-0002');
    });

    it('gives concurrent registrations different numbers', async () => {
      const all = await Promise.all([INSPECTOR, LEADER, ADMIN, NOBODY, CONTACT].map((u, i) =>
        h.sut.hazards.register(u, makeHazard(unitId, { title: `并发隐患${i}`, ...(u === NOBODY || u === CONTACT ? { deadline: null, assignee: null } : {}) }))));
      expect(all.map((d) => d.hazard.number).sort()).toEqual(['YH-2026-0001', 'YH-2026-0002', 'YH-2026-0003', 'YH-2026-0004', 'YH-2026-0005']);
      expect((await h.db('hazard').select('number')).map((r) => r.number).sort()).toEqual(['YH-2026-0001', 'YH-2026-0002', 'YH-2026-0003', 'YH-2026-0004', 'YH-2026-0005']);
    });
  });

  describe('photos', () => {
    it('stores the photos in hazard_file at stage found, in order, by the person who registered', async () => {
      const photos = [
        { fileId: 'F0000000001', name: '配电箱.jpg', permalink: 'https://example.slack.com/files/U1/F0000000001/a.jpg' },
        { fileId: 'F0000000002', name: '接地线.png', permalink: null },
      ];
      const d = await h.sut.hazards.register(NOBODY, makeHazard(unitId, { deadline: null, assignee: null, photos }));
      const rows = await h.db('hazard_file').where({ hazard_id: d.hazard.id }).orderBy('id');
      expect(rows.map((r) => [r.stage, r.file_id, r.name, r.permalink, r.added_by, r.added_at])).toEqual([
        ['found', 'F0000000001', '配电箱.jpg', 'https://example.slack.com/files/U1/F0000000001/a.jpg', NOBODY, '2026-11-30T02:00:00.000Z'],
        ['found', 'F0000000002', '接地线.png', null, NOBODY, '2026-11-30T02:00:00.000Z'],
      ]);
      expect(d.files.map((f) => [f.stage, f.fileId])).toEqual([['found', 'F0000000001'], ['found', 'F0000000002']]);
    });

    it('refuses more than six photos and stores nothing', async () => {
      const photos = Array.from({ length: 7 }, (_, i) => ({ fileId: `F00000000${i}`, name: `${i}.jpg`, permalink: null }));
      const e = await refused(() => h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { photos })));
      expect(e.code).toBe('validation.invalid');
      expect(e.details.field).toBe('photos');
    });
  });

  describe('refusals change nothing', () => {
    it('refuses an unknown unit on the unit field', async () => {
      const e = await refused(() => h.sut.hazards.register(INSPECTOR, makeHazard(unitId + 999)));
      expect(e.code).toBe('unit.not_found');
      expect(e.details.field).toBe('unit');
    });

    it.each([
      ['a leader', LEADER],
      ['an expert', EXPERT],
      ['an admin without the inspector role', ADMIN],
      ['a person without a role', NOBODY],
    ])('refuses %s as the assignee (hazard.not_inspector on the assignee field)', async (_who, assignee) => {
      const e = await refused(() => h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { assignee })));
      expect(e.code).toBe('hazard.not_inspector');
      expect(e.details).toMatchObject({ field: 'assignee', user: assignee });
    });

    it('refuses a public report naming an assignee who is not an inspector', async () => {
      const e = await refused(() => h.sut.hazards.register(NOBODY, makeHazard(unitId, { deadline: null, assignee: LEADER })));
      expect(e.code).toBe('hazard.not_inspector');
    });

    it('refuses a deadline before the found date', async () => {
      const e = await refused(() => h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { foundDate: '2026-11-25', deadline: '2026-11-24' })));
      expect(e.code).toBe('validation.invalid');
      expect(e.details).toEqual({ field: 'deadline' });
      // the same day is allowed
      expect((await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { foundDate: '2026-11-30', deadline: '2026-11-30' }))).hazard.deadline).toBe('2026-11-30');
    });

    it('refuses a found date in the future (in Shanghai) and accepts today', async () => {
      const e = await refused(() => h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { foundDate: '2026-12-01', deadline: '2026-12-10' })));
      expect(e.details).toEqual({ field: 'found_date' });
      h.clock.set('2026-11-30T16:00:00.000Z'); // 00:00 on 1 Dec in Shanghai, still 30 Nov in UTC
      expect((await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { foundDate: '2026-12-01', deadline: '2026-12-10' }))).hazard.foundDate).toBe('2026-12-01');
    });

    it('does not use up a number on a refused registration', async () => {
      await refused(() => h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { assignee: EXPERT })));
      await refused(() => h.sut.hazards.register(INSPECTOR, makeHazard(unitId + 999)));
      expect((await h.sut.hazards.register(INSPECTOR, makeHazard(unitId))).hazard.number).toBe('YH-2026-0001');
    });
  });

  describe('audit', () => {
    it('writes one hazard.register audit row with the state after and the event', async () => {
      const d = await h.sut.hazards.register(LEADER, makeHazard(unitId));
      const audit = await listAudit(h.db, 'hazard', d.hazard.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actor: LEADER, action: 'hazard.register', at: '2026-11-30T02:00:00.000Z', before: null,
        after: {
          status: 'open', level: 'general', deadline: '2026-12-10', assignee: INSPECTOR,
          events: [{ kind: 'register', actor: LEADER, status: 'open', details: { number: 'YH-2026-0001', level: 'general', unit: unitName, deadline: '2026-12-10' } }],
        },
      });
    });
  });

  describe('messages queued in the same transaction', () => {
    it('for a public report: the card, the register reply, and a confirm/dismiss DM to every inspector (not the reporter)', async () => {
      await h.sut.roles.grant(ADMIN, INSPECTOR2, 'inspector');
      const from = await lastOutboxId(h.db);
      const d = await h.sut.hazards.register(NOBODY, makeHazard(unitId, { source: 'public_report', deadline: null, assignee: null }));
      const id = d.hazard.id;
      const queued = await outboxAfter(h.db, from);
      expect(queued.map((q) => brief(q.message))).toEqual([
        `upsert ${CHANNEL} hazard:${id} hazard_card`,
        `reply ${CHANNEL} hazard:${id} event register`,
        `dm ${INSPECTOR} todo confirm,dismiss`,
        `dm ${INSPECTOR2} todo confirm,dismiss`,
      ]);
      const [auditRow] = await listAudit(h.db, 'hazard', id);
      expect(queued.map((q) => q.key)).toEqual([`audit:${auditRow!.id}:card`, `audit:${auditRow!.id}:reply:0`, `audit:${auditRow!.id}:todo:${INSPECTOR}`, `audit:${auditRow!.id}:todo:${INSPECTOR2}`]);
      expect(queued.map((q) => [q.lane, q.status])).toEqual([[`channel:${CHANNEL}`, 'pending'], [`channel:${CHANNEL}`, 'pending'], [`user:${INSPECTOR}`, 'pending'], [`user:${INSPECTOR2}`, 'pending']]);
      for (const q of queued) expect(q.message.notice).toMatchObject({ hazardId: id });
      expect(queued[1]!.message.notice).toMatchObject({ type: 'hazard_event', entry: { kind: 'register', actor: NOBODY, status: 'reported', details: { number: 'YH-2026-0001' } } });
    });

    it('for a general hazard the registering inspector assigned to themselves: card and reply only (the actor is never DMed)', async () => {
      const from = await lastOutboxId(h.db);
      const d = await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { assignee: INSPECTOR }));
      expect((await outboxAfter(h.db, from)).map((q) => brief(q.message))).toEqual([
        `upsert ${CHANNEL} hazard:${d.hazard.id} hazard_card`,
        `reply ${CHANNEL} hazard:${d.hazard.id} event register`,
      ]);
    });

    it('for a general hazard registered by someone else: the assignee gets issue_order and close_on_spot', async () => {
      const from = await lastOutboxId(h.db);
      const d = await h.sut.hazards.register(LEADER, makeHazard(unitId, { assignee: INSPECTOR }));
      expect((await outboxAfter(h.db, from)).map((q) => brief(q.message))).toEqual([
        `upsert ${CHANNEL} hazard:${d.hazard.id} hazard_card`,
        `reply ${CHANNEL} hazard:${d.hazard.id} event register`,
        `dm ${INSPECTOR} todo issue_order,close_on_spot`,
      ]);
    });

    it('without a hazard channel: DMs only, no card and no reply', async () => {
      await h.sut.roles.grant(ADMIN, INSPECTOR2, 'inspector');
      const sut = buildServices(h.db, h.clock, { ...TEST_CONFIG, channels: { hazard: undefined } });
      const from = await lastOutboxId(h.db);
      await sut.hazards.register(NOBODY, makeHazard(unitId, { deadline: null, assignee: null }));
      const queued = await outboxAfter(h.db, from);
      expect(queued.map((q) => brief(q.message))).toEqual([`dm ${INSPECTOR} todo confirm,dismiss`, `dm ${INSPECTOR2} todo confirm,dismiss`]);
      expect(queued.every((q) => q.op === 'dm')).toBe(true);
      const from2 = await lastOutboxId(h.db);
      await sut.hazards.register(LEADER, makeHazard(unitId));
      expect((await outboxAfter(h.db, from2)).map((q) => brief(q.message))).toEqual([`dm ${INSPECTOR} todo issue_order,close_on_spot`]);
    });

    it('queues nothing for a refused registration', async () => {
      const from = await lastOutboxId(h.db);
      await refused(() => h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { assignee: LEADER })));
      expect(await outboxAfter(h.db, from)).toEqual([]);
    });
  });

  describe('major hazards and the unit tier', () => {
    it('turns the unit red when a major hazard is registered open, and says so in the thread', async () => {
      await h.sut.roles.grant(ADMIN, LEADER2, 'leader');
      const from = await lastOutboxId(h.db);
      const d = await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level: 'major', title: '储罐区阀门泄漏' }));
      expect((await h.sut.units.get(unitId)).tier).toBe('red');
      expect((await h.db('unit').where({ id: unitId }).first()).tier).toBe('red');
      const changes = await h.db('tier_change').where({ unit_id: unitId }).orderBy('id');
      expect(changes.map((c) => [c.from_tier, c.to_tier])).toEqual([[null, 'blue'], ['blue', 'red']]);
      const queued = await outboxAfter(h.db, from);
      expect(queued.map((q) => brief(q.message))).toEqual([
        `upsert ${CHANNEL} hazard:${d.hazard.id} hazard_card`,
        `reply ${CHANNEL} hazard:${d.hazard.id} event register`,
        `reply ${CHANNEL} hazard:${d.hazard.id} event tier_changed`,
        `dm ${LEADER} todo list_for_supervision`,
        `dm ${LEADER2} todo list_for_supervision`,
      ]);
      expect(queued[2]!.message.notice).toMatchObject({ entry: { kind: 'tier_changed', actor: INSPECTOR, details: { unit: unitName, from: 'blue', to: 'red' } } });
      const [audit] = await listAudit(h.db, 'hazard', d.hazard.id);
      expect((audit!.after as { events: { kind: string }[] }).events.map((e) => e.kind)).toEqual(['register', 'tier_changed']);
      expect((await listAudit(h.db, 'unit', unitId)).map((a) => a.action)).toEqual(['unit.register', 'unit.contact_link', 'unit.tier_change']);
    });

    it('does not change the tier for a major hazard that is only reported', async () => {
      const from = await lastOutboxId(h.db);
      const d = await h.sut.hazards.register(NOBODY, makeHazard(unitId, { level: 'major', deadline: null, assignee: null }));
      expect((await h.sut.units.get(unitId)).tier).toBe('blue');
      expect((await outboxAfter(h.db, from)).filter((q) => q.message.notice.type === 'hazard_event').map((q) => brief(q.message))).toEqual([
        `reply ${CHANNEL} hazard:${d.hazard.id} event register`,
      ]);
    });

    it('tells no tier change for a second major hazard on a unit that is already red', async () => {
      await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level: 'major' }));
      const from = await lastOutboxId(h.db);
      const d = await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level: 'major', title: '液氨管道腐蚀' }));
      expect((await outboxAfter(h.db, from)).filter((q) => q.op === 'reply').map((q) => brief(q.message))).toEqual([`reply ${CHANNEL} hazard:${d.hazard.id} event register`]);
      expect(await h.db('tier_change').where({ unit_id: unitId })).toHaveLength(2);
    });
  });
});
