import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { HAZARD_LEVELS, HAZARD_STATUSES, type HazardLevel, type HazardStatus } from '../../src/domain/hazard/hazard.js';
import { canMove, HAZARD_EVENTS, nextStatus, type HazardEvent } from '../../src/domain/hazard/hazard-state.js';

/** Every move of PRODUCT.md §5's diagram, written out by hand. Anything not listed here must be refused. */
const ALLOWED: readonly (readonly [HazardLevel, HazardStatus, HazardEvent, HazardStatus])[] = [
  // general: reported → open → rectifying → awaiting_verification → closed, fail re-inspection back, close on the spot
  ['general', 'reported', 'confirm', 'open'],
  ['general', 'reported', 'dismiss', 'void'],
  ['general', 'reported', 'void', 'void'],
  ['general', 'open', 'issue_order', 'rectifying'],
  ['general', 'open', 'close_on_spot', 'closed'],
  ['general', 'open', 'void', 'void'],
  ['general', 'rectifying', 'report_rectified', 'awaiting_verification'],
  ['general', 'rectifying', 'void', 'void'],
  ['general', 'awaiting_verification', 'pass_reinspection', 'closed'],
  ['general', 'awaiting_verification', 'fail_reinspection', 'rectifying'],
  ['general', 'awaiting_verification', 'void', 'void'],
  // major: reported → open → rectifying → awaiting_acceptance → expert_accepted → closed, either fail back to rectifying
  ['major', 'reported', 'confirm', 'open'],
  ['major', 'reported', 'dismiss', 'void'],
  ['major', 'reported', 'void', 'void'],
  ['major', 'open', 'start_rectification', 'rectifying'],
  ['major', 'open', 'void', 'void'],
  ['major', 'rectifying', 'apply_acceptance', 'awaiting_acceptance'],
  ['major', 'rectifying', 'void', 'void'],
  ['major', 'awaiting_acceptance', 'expert_pass', 'expert_accepted'],
  ['major', 'awaiting_acceptance', 'expert_fail', 'rectifying'],
  ['major', 'awaiting_acceptance', 'void', 'void'],
  ['major', 'expert_accepted', 'authority_pass', 'closed'],
  ['major', 'expert_accepted', 'authority_fail', 'rectifying'],
  ['major', 'expert_accepted', 'void', 'void'],
];

const key = (level: HazardLevel, from: HazardStatus, event: HazardEvent) => `${level}/${from}/${event}`;
const allowedKeys = new Set(ALLOWED.map(([level, from, event]) => key(level, from, event)));

const FORBIDDEN: [HazardLevel, HazardStatus, HazardEvent][] = HAZARD_LEVELS.flatMap((level) =>
  HAZARD_STATUSES.flatMap((from) =>
    HAZARD_EVENTS.filter((event) => !allowedKeys.has(key(level, from, event))).map((event): [HazardLevel, HazardStatus, HazardEvent] => [level, from, event]),
  ),
);

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw, but the call returned');
}

describe('the hazard transition table', () => {
  it('lists each allowed move once, and covers the whole cross product of 2 levels × 8 states × 14 events', () => {
    expect(allowedKeys.size).toBe(24);
    expect(HAZARD_LEVELS).toHaveLength(2);
    expect(HAZARD_STATUSES).toHaveLength(8);
    expect(HAZARD_EVENTS).toHaveLength(14);
    expect(FORBIDDEN).toHaveLength(2 * 8 * 14 - 24);
  });
});

describe(nextStatus.name, () => {
  it.each(ALLOWED)('moves a %s hazard from %s on %s to %s', (level, from, event, to) => {
    expect(nextStatus(level, from, event)).toBe(to);
  });

  it.each(FORBIDDEN)('refuses a %s hazard in %s the event %s with hazard.invalid_transition', (level, from, event) => {
    const error = thrownBy(() => nextStatus(level, from, event));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'hazard.invalid_transition', details: { level, from, event } });
    expect((error as DomainError).details).toEqual({ level, from, event });
  });

  const lockedCases = HAZARD_LEVELS.flatMap((level) =>
    (['closed', 'void'] as const).flatMap((from) => HAZARD_EVENTS.map((event): [HazardLevel, HazardStatus, HazardEvent] => [level, from, event])),
  );
  it.each(lockedCases)('a %s hazard that is %s accepts no event at all (%s)', (level, from, event) => {
    expect(() => nextStatus(level, from, event)).toThrow(DomainError);
  });

  it.each([
    ['general', 'awaiting_acceptance'],
    ['general', 'expert_accepted'],
    ['major', 'awaiting_verification'],
  ] as const)('a %s hazard can never leave the other path’s state %s', (level, from) => {
    for (const event of HAZARD_EVENTS) expect(() => nextStatus(level, from, event)).toThrow(DomainError);
  });

  it.each([
    ['general', 'start_rectification'],
    ['general', 'apply_acceptance'],
    ['major', 'issue_order'],
    ['major', 'close_on_spot'],
    ['major', 'report_rectified'],
  ] as const)('a %s hazard does not take the other path’s event %s from any state', (level, event) => {
    for (const from of HAZARD_STATUSES) expect(canMove(level, from, event)).toBe(false);
  });
});

describe(canMove.name, () => {
  it.each(ALLOWED)('allows a %s hazard in %s the event %s (to %s)', (level, from, event) => {
    expect(canMove(level, from, event)).toBe(true);
  });

  it.each(FORBIDDEN)('does not allow a %s hazard in %s the event %s', (level, from, event) => {
    expect(canMove(level, from, event)).toBe(false);
  });
});
