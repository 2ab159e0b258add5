import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import { CONTACT, hazardOffice, makeHazard } from '../support/hazards.js';
import { codeOf, HAZARD_TABLES, lastOutboxId, queuedAfter, settle, snapshotOf } from '../support/db-state.js';
import { INSPECTOR, type ServiceHarness, orderOfficers } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

const snapshot = snapshotOf(HAZARD_TABLES);

describe.each(DIALECTS)('a failed re-inspection (复查) on %s', (dialect) => {
  let h: ServiceHarness;
  let id: number;
  beforeEach(async () => {
    let unitId: number;
    ({ h, unitId } = await hazardOffice(dialect));
    await orderOfficers(h.db);
    id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { deadline: '2026-12-01' }))).hazard.id;
    await h.sut.hazards.perform(INSPECTOR, id, 'open', { action: 'issue_order', measures: '立即接地', deadline: '2026-12-01', secondOfficer: 'UOFFICER02' });
    await h.sut.hazards.perform(CONTACT, id, 'rectifying', { action: 'report_rectified', evidence: '已接地', photos: [] });
    h.clock.set('2026-12-03T02:00:00.000Z'); // Thu 3 Dec in Shanghai: the old deadline has passed
  });
  afterEach(async () => h.close());

  it('sets the new deadline, audits it, and tells the unit’s contact why and by when', async () => {
    const before = await lastOutboxId(h.db);
    const d = await h.sut.hazards.perform(INSPECTOR, id, 'awaiting_verification', { action: 'reinspect', passed: false, note: '接地电阻仍超标', newDeadline: '2026-12-10' });
    expect(d.hazard).toMatchObject({ status: 'rectifying', deadline: '2026-12-10' });
    expect(d.rectifications.at(-1)).toMatchObject({ result: 'fail', reviewNote: '接地电阻仍超标', reviewedBy: INSPECTOR });
    const audit = (await listAudit(h.db, 'hazard', id)).at(-1)!;
    expect(audit).toMatchObject({ action: 'hazard.reinspect', actor: INSPECTOR });
    expect(JSON.stringify(audit.after)).toContain('2026-12-10');
    expect(JSON.stringify(audit.before)).toContain('2026-12-01');
    expect(await queuedAfter(h.db, before)).toContain(`dm ${CONTACT} todo report_rectified`);
  });

  it.each([
    ['no new deadline', undefined, 'validation.invalid'],
    ['a deadline in the past', '2026-12-02', 'hazard.deadline_in_past'],
    ['an impossible date', '2026-02-30', 'validation.invalid'],
  ])('refuses %s on the new_deadline field and changes nothing', async (_label, newDeadline, code) => {
    const was = await snapshot(h.db);
    const error = await settle(h.sut.hazards.perform(INSPECTOR, id, 'awaiting_verification', { action: 'reinspect', passed: false, note: '仍超标', ...(newDeadline ? { newDeadline } : {}) }));
    expect(codeOf(error)).toBe(code);
    expect((error as { details?: { field?: string } }).details?.field).toBe('new_deadline');
    expect(await snapshot(h.db)).toEqual(was);
  });

  it('a passed re-inspection needs no new deadline and keeps the old one on record', async () => {
    const d = await h.sut.hazards.perform(INSPECTOR, id, 'awaiting_verification', { action: 'reinspect', passed: true, note: '' });
    expect(d.hazard).toMatchObject({ status: 'closed', deadline: '2026-12-01' });
  });
});
