import type { Hazard } from './hazard.js';

/**
 * One 责令限期整改指令书 for what one inspection found (DOMAIN.md §B2): every problem listed, the major ones named by
 * their item numbers. What the person chooses in the modal.
 */
export interface InspectionOrderInput {
  readonly hazardIds: readonly number[];
  readonly measures: string;
  readonly deadline: string;
  readonly secondOfficer: string;
}

/** At most this many hazards in one order (a multi-select holds 100; an order of more is no longer readable). */
export const INSPECTION_ORDER_MAX = 50;

/**
 * Whether an order for its inspection may cover a hazard: a general one still open (the order moves it to
 * rectification, as a single order does); a major one on its way to closure (listed in the order; its own path —
 * listing, consultation, plan — is unchanged).
 */
export function isOrderable(h: Pick<Hazard, 'level' | 'status'>): boolean {
  return h.level === 'general' ? h.status === 'open' : ['open', 'rectifying'].includes(h.status);
}
