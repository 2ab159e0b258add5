import type { zhDigest } from '../zh-CN/digest.js';

/**
 * English messages. The daily inspection schedule digest.
 * Exactly the keys of zh-CN/digest.ts.
 */
export const enDigest: Record<keyof typeof zhDigest, string> = {
  'digest.title': 'Daily inspection schedule · {date}',
  'digest.counts': '{units} {units|unit|units} · due {due} · done {done} · missed last period {missed}',
  'digest.soon': 'Ending within {days} {days|day|days}, not yet inspected:',
  'digest.soon_none': 'No unit has its period ending within {days} {days|day|days} without an inspection.',
  'digest.ends': 'period ends {end} ({days} {days|day|days} left)',
  'digest.planned': 'planned {number} ({date}, {who})',
  'digest.unassigned': 'not assigned',
  'digest.continued': '(continued {part}/{parts})',
  'digest.more': '{more} more not listed: see `/inspect due`.',
  'digest.your_day': 'Your inspections today ({date}): {count}',
  'digest.your_day_hint': 'Afterwards, record the result with `/inspect JC-<number>` or `/inspect mine`.',
};
