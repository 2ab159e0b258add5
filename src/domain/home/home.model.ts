import type { TierCounts } from '../digest/digest.js';
import type { HazardAction } from '../hazard/hazard-actions.js';
import type { HazardLevel, HazardStatus, ListingLevel } from '../hazard/hazard.js';
import type { Inspection } from '../inspection/visit.js';
import type { Actor } from '../roles.js';
import type { Tier } from '../unit/tier.js';
import type { Unit } from '../unit/unit.js';

/**
 * App Home's read model (PRODUCT.md, issue 5): built by src/services/home.service.ts from the reads of
 * src/db/repositories/home.repository.ts, rendered by src/slack/blocks/home*.ts.
 */

/** Items per list on App Home; the rest are counted, with the command that shows them all. */
export const HOME_LIST_LIMIT = 10;

/** A hazard as one line of a Home list: what it is, where, how far along, and by when. */
export interface HazardLine {
  readonly hazardId: number;
  readonly number: string;
  readonly title: string;
  readonly level: HazardLevel;
  readonly status: HazardStatus;
  readonly deadline: string | null;
  readonly unitName: string;
}

/** A hazard waiting for this person: what to do (the to-do rule's actions) and the actions they may press now. */
export interface HomeTodo extends HazardLine {
  /** What is asked of the person (pendingTodos, the same rule as the to-do DMs). */
  readonly asked: readonly HazardAction[];
  /** Of those, the ones this person may perform (buttons); empty when they are told but someone else must act. */
  readonly buttons: readonly HazardAction[];
}

export interface HomeTodos {
  /** The first HOME_LIST_LIMIT, deadline soonest first (overdue at the top), then by number. */
  readonly items: readonly HomeTodo[];
  readonly total: number;
  /** How many hazards wait for each kind of step (each hazard counted once, by the first thing asked). */
  readonly byAction: Readonly<Partial<Record<HazardAction, number>>>;
}

export interface HomeInspection {
  readonly inspection: Inspection;
  readonly unit: Pick<Unit, 'id' | 'name' | 'tier'>;
}

/** A major hazard listed for supervision (挂牌督办), with the leader supervising it. */
export interface ListedHazard extends Omit<HazardLine, 'level'> {
  readonly leader: string;
  readonly listingLevel: ListingLevel;
}

/** A unit contact's unit, with its open and overdue hazards. */
export interface ContactUnit extends Pick<Unit, 'id' | 'name' | 'town' | 'tier'> {
  readonly open: number;
  readonly overdue: number;
}

/** The office's unfinished hazards, counted. */
export interface HazardCounts {
  /** Open (confirmed, not closed or void) hazards by level. */
  readonly open: Readonly<Record<HazardLevel, number>>;
  /** Open hazards whose deadline is before today, by level. */
  readonly overdue: Readonly<Record<HazardLevel, number>>;
  /** Reports waiting for an inspector's confirmation. */
  readonly reported: number;
}

/** The office's figures: the digest's tier counts and the counts below, the same for everyone who sees them. */
export interface OfficeFigures extends HazardCounts {
  readonly listed: { readonly items: readonly ListedHazard[]; readonly total: number };
  /** Units per tier: in the tier, still due this period, done this period, missed last period (digestModel). */
  readonly tiers: Readonly<Record<Tier, TierCounts>>;
  /** The Home's closure rate: of the hazards found this calendar year (void ones and unconfirmed reports left out), the share closed. */
  readonly year: { readonly year: number; readonly found: number; readonly closed: number; readonly rate: number | null };
}

export interface HomeModel {
  readonly actor: Actor;
  /** Today in APP_TIMEZONE (YYYY-MM-DD). */
  readonly today: string;
  readonly todos: HomeTodos;
  /** For inspectors (and anyone with planned inspections): the first HOME_LIST_LIMIT, soonest first. */
  readonly inspections: { readonly items: readonly HomeInspection[]; readonly total: number } | null;
  /** For unit contacts: their units, red first, with open and overdue hazards. */
  readonly units: readonly ContactUnit[];
  readonly unitsTotal: number;
  /** For anyone holding a role (staff and unit contacts); null for a person without one. */
  readonly office: OfficeFigures | null;
}
