import type { zhTiers } from '../zh-CN/tiers.js';

/**
 * English messages. Supervision tiers: names, inspection cadences, why a unit has its tier, overrides and changes.
 * Exactly the keys of zh-CN/tiers.ts.
 */
export const enTiers: Record<keyof typeof zhTiers, string> = {
  'tier.red': 'red',
  'tier.yellow': 'yellow',
  'tier.blue': 'blue',

  'tier.cadence.red': 'inspected weekly',
  'tier.cadence.yellow': 'inspected every half month',
  'tier.cadence.blue': 'inspected monthly',

  'tier.label': '{emoji} {tier} ({cadence})',

  'tier.reason.open_major_hazard': 'open major hazard: {numbers}',
  'tier.reason.serious_accident': '{grade} accident on {date}',
  'tier.reason.key_industry': 'key industry: {industry}',
  'tier.reason.recent_accident': '{grade} accident on {date} (a unit with a recent accident is not blue)',
  'tier.reason.baseline': 'not a key industry; no major hazard, no recent accident',

  'tier.override': 'set by a leader: {reason} ({until})',
  'tier.override_until': 'until {date}',
  'tier.override_open': 'until cleared',
  'tier.rule_tier': 'the rules give {tier}',
  'tier.change': '{date}: {from} → {to}',
  'tier.change_first': '{date}: registered as {to}',
};
