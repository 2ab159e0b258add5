import { daysBetween } from '../calendar.js';

/** Where a hazard stands against its deadline on `today` (both YYYY-MM-DD in APP_TIMEZONE). */
export type DeadlineStanding = { readonly kind: 'due_in'; readonly days: number } | { readonly kind: 'due_today' } | { readonly kind: 'overdue'; readonly days: number };

/** Overdue from the day after the deadline (PRODUCT.md §5): on the deadline day itself it is due today. */
export function deadlineStanding(deadline: string, today: string): DeadlineStanding {
  const days = daysBetween(today, deadline);
  if (days > 0) return { kind: 'due_in', days };
  if (days === 0) return { kind: 'due_today' };
  return { kind: 'overdue', days: -days };
}

export function isOverdue(deadline: string, today: string): boolean {
  return daysBetween(today, deadline) < 0;
}
