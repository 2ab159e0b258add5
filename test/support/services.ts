import { DEFAULT_LADDER } from '../../src/domain/escalation/ladder.js';
import { DEFAULT_CADENCES } from '../../src/domain/inspection/period.js';
import { creditCodeCheckCharacter } from '../../src/domain/unit/credit-code.js';
import { WEEKDAYS_ONLY } from '../../src/domain/work-calendar.js';
import { KEY_INDUSTRIES_DEFAULT } from '../../src/domain/unit/industry.js';
import type { RawUnitInput } from '../../src/domain/unit/unit.js';
import type { Db } from '../../src/db/knex.js';
import { buildServices, type Services } from '../../src/services/index.js';
import { FixedClock } from './fixed-clock.js';
import { migratedDb } from './test-db.js';

export const ADMIN = 'UADMIN0001';
export const LEADER = 'ULEADER001';
export const INSPECTOR = 'UINSPECT01';
export const EXPERT = 'UEXPERT001';
export const NOBODY = 'UNOBODY001';
/** The second enforcement officer every rectification order of the service tests names (DOMAIN.md §A8). */
export const OFFICER2 = 'UOFFICER02';

export const TEST_CONFIG = {
  adminUserIds: [ADMIN],
  timezone: 'Asia/Shanghai',
  locale: 'zh-CN' as const,
  rules: { keyIndustries: KEY_INDUSTRIES_DEFAULT, accidentLookbackDays: 365, cadences: DEFAULT_CADENCES, adminInspectionCap: 2, ladder: DEFAULT_LADDER, digestSoonDays: 3, reinspectionPeriodDays: 3, blueAllowsAccident: false },
  workCalendar: WEEKDAYS_ONLY,
  channels: { hazard: 'CHAZARD001', schedule: 'CSCHED0001', leader: 'CLEADER001', public: undefined },
};

export interface ServiceHarness {
  readonly db: Db;
  readonly clock: FixedClock;
  readonly sut: Services;
  close(): Promise<void>;
}

/** Real services on a freshly migrated database, with a fixed clock, an admin from configuration, and staff roles. */
export async function serviceHarness(dialect: 'sqlite' | 'postgres' = 'sqlite'): Promise<ServiceHarness> {
  const { db, close } = await migratedDb(dialect);
  const clock = new FixedClock('2026-11-30T02:00:00.000Z'); // Mon 30 Nov 2026, 10:00 in Shanghai
  const sut = buildServices(db, clock, TEST_CONFIG);
  await sut.roles.grant(ADMIN, LEADER, 'leader');
  await sut.roles.grant(ADMIN, INSPECTOR, 'inspector');
  await sut.roles.grant(ADMIN, EXPERT, 'expert');
  return { db, clock, sut, close };
}

/**
 * Rectification orders need two officers holding enforcement cards (DOMAIN.md §A8): gives the inspectors who issue
 * orders in the tests their cards and makes OFFICER2 an inspector with one, written straight into the tables so that no
 * audit row or DM of this set-up shows in what a test asserts.
 */
export async function orderOfficers(db: Db): Promise<void> {
  const at = '2026-11-01T00:00:00.000Z';
  await db('user_role').insert({ user_id: OFFICER2, role: 'inspector', granted_by: ADMIN, granted_at: at });
  for (const [user, card] of [[INSPECTOR, 'ZF-4401-0001'], ['UINSPECT02', 'ZF-4401-0002'], [OFFICER2, 'ZF-4401-0009']]) {
    await db('user_setting').insert({ user_id: user, enforcement_card: card, updated_at: at }).onConflict('user_id').merge({ enforcement_card: card });
  }
}

let seq = 0;
/** A valid unit; each call gets a different name (credit code only when given). */
export function makeUnit(overrides: Partial<RawUnitInput> = {}): RawUnitInput {
  seq++;
  return {
    name: `测试化工有限公司${seq}`,
    creditCode: null,
    industry: 'community',
    town: '城关镇',
    address: `解放路${seq}号`,
    contactName: '张三',
    contactPhone: '13812345678',
    ...overrides,
  };
}

/** Real public credit codes (their check characters are right). */
export const CREDIT_CODES = ['914403001922038216', '91110108551385082Q', '91440300708461136T', '91110000802100433B', '91350100M000100Y43'] as const;

/** A valid credit code for the n-th unit (the check character computed, GB 32100-2015). */
export function creditCode(n: number): string {
  const first17 = `91440300${String(n).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}
