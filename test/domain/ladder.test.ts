import { describe, expect, it } from 'vitest';
import type { HazardLevel, HazardStatus } from '../../src/domain/hazard/hazard.js';
import { DEFAULT_LADDER, reachedSteps, type DueStep, type LadderInput, type LadderRules } from '../../src/domain/escalation/ladder.js';

const TODAY = '2026-11-30';
const hazard = (over: Partial<LadderInput> = {}): LadderInput => ({ level: 'general', status: 'open', deadline: null, reviewSince: null, ...over });

describe(reachedSteps.name, () => {
  describe('before and on the deadline', () => {
    it.each<[HazardLevel, HazardStatus, string, DueStep[]]>([
      ['general', 'open', '2026-12-04', []], // 4 days left
      ['general', 'open', '2026-12-03', [{ step: 'due_soon', key: '2026-12-03', days: 3 }]],
      ['general', 'open', '2026-12-02', [{ step: 'due_soon', key: '2026-12-02', days: 2 }]],
      ['general', 'open', '2026-12-01', [{ step: 'due_soon', key: '2026-12-01', days: 1 }]],
      ['general', 'open', '2026-11-30', [{ step: 'due_soon', key: '2026-11-30', days: 0 }]], // deadline today
      ['general', 'rectifying', '2026-12-04', []],
      ['general', 'rectifying', '2026-12-03', [{ step: 'due_soon', key: '2026-12-03', days: 3 }]],
      ['general', 'rectifying', '2026-11-30', [{ step: 'due_soon', key: '2026-11-30', days: 0 }]],
      ['major', 'open', '2026-12-08', []], // 8 days left
      ['major', 'open', '2026-12-07', [{ step: 'due_soon', key: '2026-12-07', days: 7 }]],
      ['major', 'open', '2026-12-03', [{ step: 'due_soon', key: '2026-12-03', days: 3 }]],
      ['major', 'rectifying', '2026-12-08', []],
      ['major', 'rectifying', '2026-12-07', [{ step: 'due_soon', key: '2026-12-07', days: 7 }]],
      ['major', 'rectifying', '2026-11-30', [{ step: 'due_soon', key: '2026-11-30', days: 0 }]],
    ])('%s %s hazard, deadline %s', (level, status, deadline, steps) => {
      expect(reachedSteps(hazard({ level, status, deadline }), TODAY)).toEqual(steps);
    });
  });

  describe('overdue', () => {
    it.each<[HazardLevel, HazardStatus, string, DueStep[]]>([
      ['general', 'open', '2026-11-29', [{ step: 'overdue', key: '2026-11-29', days: 1 }]],
      ['general', 'open', '2026-11-28', [{ step: 'overdue', key: '2026-11-28', days: 2 }]],
      ['general', 'open', '2026-11-27', [
        { step: 'overdue', key: '2026-11-27', days: 3 },
        { step: 'overdue_leader', key: '2026-11-27', days: 3 },
      ]],
      ['general', 'rectifying', '2026-11-24', [
        { step: 'overdue', key: '2026-11-24', days: 6 },
        { step: 'overdue_leader', key: '2026-11-24', days: 6 },
      ]],
      ['general', 'open', '2026-11-23', [
        { step: 'overdue', key: '2026-11-23', days: 7 },
        { step: 'overdue_leader', key: '2026-11-23', days: 7 },
        { step: 'overdue_joint', key: '2026-11-23', days: 7 },
      ]],
      ['major', 'rectifying', '2026-11-29', [{ step: 'overdue', key: '2026-11-29', days: 1 }]],
      ['major', 'open', '2026-10-31', [
        { step: 'overdue', key: '2026-10-31', days: 30 },
        { step: 'overdue_leader', key: '2026-10-31', days: 30 },
        { step: 'overdue_joint', key: '2026-10-31', days: 30 },
      ]],
    ])('%s %s hazard, deadline %s', (level, status, deadline, steps) => {
      expect(reachedSteps(hazard({ level, status, deadline }), TODAY)).toEqual(steps);
    });
  });

  it.each<[HazardStatus, HazardLevel]>([
    ['reported', 'general'],
    ['awaiting_verification', 'general'],
    ['closed', 'general'],
    ['void', 'general'],
    ['reported', 'major'],
    ['closed', 'major'],
    ['void', 'major'],
  ])('gives a %s %s hazard nothing, even long overdue or due soon', (status, level) => {
    expect(reachedSteps(hazard({ status, level, deadline: '2026-11-01' }), TODAY)).toEqual([]);
    expect(reachedSteps(hazard({ status, level, deadline: '2026-12-01' }), TODAY)).toEqual([]);
  });

  it.each<[HazardStatus, HazardLevel]>([
    ['open', 'general'],
    ['rectifying', 'general'],
    ['open', 'major'],
    ['rectifying', 'major'],
  ])('gives a %s %s hazard without a deadline nothing', (status, level) => {
    expect(reachedSteps(hazard({ status, level, deadline: null }), TODAY)).toEqual([]);
  });

  describe('awaiting the authority\'s review', () => {
    it.each<[HazardStatus, string, DueStep[]]>([
      ['awaiting_acceptance', '2026-11-30', []], // day 0
      ['awaiting_acceptance', '2026-11-23', []], // day 7
      ['awaiting_acceptance', '2026-11-22', [{ step: 'review_warning', key: '2026-11-22', days: 8 }]],
      ['awaiting_acceptance', '2026-11-21', [{ step: 'review_warning', key: '2026-11-21', days: 9 }]],
      ['awaiting_acceptance', '2026-11-20', [{ step: 'review_warning', key: '2026-11-20', days: 10 }]], // the last legal day
      ['awaiting_acceptance', '2026-11-19', [{ step: 'review_breach', key: '2026-11-19', days: 11 }]], // late from day 11
      ['awaiting_acceptance', '2026-11-18', [{ step: 'review_breach', key: '2026-11-18', days: 12 }]],
      ['expert_accepted', '2026-11-23', []],
      ['expert_accepted', '2026-11-22', [{ step: 'review_warning', key: '2026-11-22', days: 8 }]],
      ['expert_accepted', '2026-11-21', [{ step: 'review_warning', key: '2026-11-21', days: 9 }]],
      ['expert_accepted', '2026-11-20', [{ step: 'review_warning', key: '2026-11-20', days: 10 }]], // the last legal day
      ['expert_accepted', '2026-11-19', [{ step: 'review_breach', key: '2026-11-19', days: 11 }]], // late from day 11
      ['expert_accepted', '2026-11-18', [{ step: 'review_breach', key: '2026-11-18', days: 12 }]],
    ])('%s since %s', (status, reviewSince, steps) => {
      // The rectification deadline has passed long ago: it no longer drives the ladder once the application is in.
      expect(reachedSteps(hazard({ level: 'major', status, deadline: '2026-10-01', reviewSince }), TODAY)).toEqual(steps);
    });

    it.each<[HazardStatus]>([['awaiting_acceptance'], ['expert_accepted']])('gives %s without a review day nothing', (status) => {
      expect(reachedSteps(hazard({ level: 'major', status, deadline: '2026-10-01', reviewSince: null }), TODAY)).toEqual([]);
    });

    it.each<[HazardStatus]>([['open'], ['rectifying'], ['closed']])('ignores a review day on a %s hazard', (status) => {
      expect(reachedSteps(hazard({ level: 'major', status, deadline: '2026-12-31', reviewSince: '2026-11-01' }), TODAY)).toEqual([]);
    });
  });

  describe('awaiting re-inspection (复查)', () => {
    const waiting = (due: string, since = '2026-11-25') => hazard({ status: 'awaiting_verification', deadline: '2026-11-01', reinspection: { since, due } });
    it.each<[string, DueStep[]]>([
      ['2026-12-01', []], // one day left
      ['2026-11-30', [{ step: 'reinspection_due', key: '2026-11-25', days: 0 }]], // the last day: the inspector is reminded
      ['2026-11-29', [{ step: 'reinspection_due', key: '2026-11-25', days: 1 }, { step: 'reinspection_overdue', key: '2026-11-25', days: 1 }]],
      ['2026-11-28', [{ step: 'reinspection_due', key: '2026-11-25', days: 2 }, { step: 'reinspection_overdue', key: '2026-11-25', days: 2 }]],
      ['2026-11-27', [
        { step: 'reinspection_due', key: '2026-11-25', days: 3 },
        { step: 'reinspection_overdue', key: '2026-11-25', days: 3 },
        { step: 'reinspection_leader', key: '2026-11-25', days: 3 },
      ]],
    ])('due %s', (due, steps) => {
      // The rectification deadline passed long ago, but the unit has reported: only the re-inspection is chased.
      expect(reachedSteps(waiting(due), TODAY)).toEqual(steps);
    });

    it('is keyed by the day of the report, so a new report re-arms it', () => {
      expect(reachedSteps(waiting('2026-11-30', '2026-11-25'), TODAY)[0]?.key).toBe('2026-11-25');
      expect(reachedSteps(waiting('2026-11-30', '2026-11-26'), TODAY)[0]?.key).toBe('2026-11-26');
    });

    it.each<[HazardStatus]>([['rectifying'], ['closed'], ['open']])('ignores a re-inspection clock on a %s hazard', (status) => {
      expect(reachedSteps(hazard({ status, deadline: '2026-12-31', reinspection: { since: '2026-11-01', due: '2026-11-04' } }), TODAY)).toEqual([]);
    });
  });

  describe('custom rules', () => {
    const RULES: LadderRules = { remindBeforeGeneral: 5, remindBeforeMajor: 14, overdueNotify: 2, overdueLeader: 4, overdueJoint: 10, reviewWarning: 5, reviewPeriod: 7 };

    it.each<[string, Partial<LadderInput>, DueStep[]]>([
      ['general, 6 days left', { deadline: '2026-12-06' }, []],
      ['general, 5 days left', { deadline: '2026-12-05' }, [{ step: 'due_soon', key: '2026-12-05', days: 5 }]],
      ['major, 15 days left', { level: 'major', deadline: '2026-12-15' }, []],
      ['major, 14 days left', { level: 'major', deadline: '2026-12-14' }, [{ step: 'due_soon', key: '2026-12-14', days: 14 }]],
      ['1 day overdue', { deadline: '2026-11-29' }, []],
      ['2 days overdue', { deadline: '2026-11-28' }, [{ step: 'overdue', key: '2026-11-28', days: 2 }]],
      ['3 days overdue', { deadline: '2026-11-27' }, [{ step: 'overdue', key: '2026-11-27', days: 3 }]],
      ['4 days overdue', { deadline: '2026-11-26' }, [
        { step: 'overdue', key: '2026-11-26', days: 4 },
        { step: 'overdue_leader', key: '2026-11-26', days: 4 },
      ]],
      ['9 days overdue', { deadline: '2026-11-21' }, [
        { step: 'overdue', key: '2026-11-21', days: 9 },
        { step: 'overdue_leader', key: '2026-11-21', days: 9 },
      ]],
      ['10 days overdue', { deadline: '2026-11-20' }, [
        { step: 'overdue', key: '2026-11-20', days: 10 },
        { step: 'overdue_leader', key: '2026-11-20', days: 10 },
        { step: 'overdue_joint', key: '2026-11-20', days: 10 },
      ]],
      ['review day 4', { level: 'major', status: 'awaiting_acceptance', reviewSince: '2026-11-26' }, []],
      ['review day 5', { level: 'major', status: 'awaiting_acceptance', reviewSince: '2026-11-25' }, [{ step: 'review_warning', key: '2026-11-25', days: 5 }]],
      ['review day 6', { level: 'major', status: 'awaiting_acceptance', reviewSince: '2026-11-24' }, [{ step: 'review_warning', key: '2026-11-24', days: 6 }]],
      ['review day 7', { level: 'major', status: 'awaiting_acceptance', reviewSince: '2026-11-23' }, [{ step: 'review_warning', key: '2026-11-23', days: 7 }]],
      ['review day 8', { level: 'major', status: 'awaiting_acceptance', reviewSince: '2026-11-22' }, [{ step: 'review_breach', key: '2026-11-22', days: 8 }]],
      ['re-inspection 1 day late', { status: 'awaiting_verification', reinspection: { since: '2026-11-20', due: '2026-11-29' } }, [{ step: 'reinspection_due', key: '2026-11-20', days: 1 }]],
      ['re-inspection 2 days late', { status: 'awaiting_verification', reinspection: { since: '2026-11-20', due: '2026-11-28' } }, [
        { step: 'reinspection_due', key: '2026-11-20', days: 2 },
        { step: 'reinspection_overdue', key: '2026-11-20', days: 2 },
      ]],
      ['re-inspection 4 days late', { status: 'awaiting_verification', reinspection: { since: '2026-11-20', due: '2026-11-26' } }, [
        { step: 'reinspection_due', key: '2026-11-20', days: 4 },
        { step: 'reinspection_overdue', key: '2026-11-20', days: 4 },
        { step: 'reinspection_leader', key: '2026-11-20', days: 4 },
      ]],
    ])('%s', (_label, over, steps) => {
      expect(reachedSteps(hazard(over), TODAY, RULES)).toEqual(steps);
    });
  });

  it('uses DEFAULT_LADDER when no rules are given', () => {
    const h = hazard({ level: 'major', deadline: '2026-12-07' });
    expect(reachedSteps(h, TODAY)).toEqual(reachedSteps(h, TODAY, DEFAULT_LADDER));
    expect(DEFAULT_LADDER).toEqual({ remindBeforeGeneral: 3, remindBeforeMajor: 7, overdueNotify: 1, overdueLeader: 3, overdueJoint: 7, reviewWarning: 8, reviewPeriod: 10 });
  });
});
