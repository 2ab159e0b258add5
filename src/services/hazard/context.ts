import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { ClockRules } from '../../domain/hazard/clocks.js';
import type { HazardDossier } from '../../domain/hazard/dossier.js';
import type { DocumentSerial } from '../../domain/hazard/records.js';
import type { HazardEvent } from '../../domain/hazard/hazard-state.js';
import type { TimelineEntry } from '../../domain/hazard/timeline.js';
import type { Actor } from '../../domain/roles.js';
import type { TierPolicy } from '../../domain/unit/tier.js';
import type { HazardPatch } from '../../db/repositories/hazard.repository.js';
import type { Transactor } from '../../db/transaction.js';

export interface HazardServiceDeps {
  readonly tx: Transactor;
  readonly clock: Clock;
  readonly adminUserIds: readonly string[];
  readonly timezone: string;
  readonly tierPolicy: TierPolicy;
  /** The review and re-inspection periods, and the working-day calendar. */
  readonly clockRules: ClockRules;
  /** HAZARD_CHANNEL: where each hazard's card and thread live (none: DMs only). */
  readonly hazardChannel: string | undefined;
}

/** What an action handler works with: one transaction, the actor, the hazard as it stands, and "now". */
export interface ActionContext {
  readonly trx: Knex.Transaction;
  readonly actor: Actor;
  readonly dossier: HazardDossier;
  readonly now: Date;
  /** Today in APP_TIMEZONE (YYYY-MM-DD). */
  readonly today: string;
  readonly deps: HazardServiceDeps;
  /** An order already allocated for several hazards of one inspection (issue_order then only records it). */
  readonly order?: PresetOrder;
}

/** A rectification order's shared part: its ZG number, document serial, second officer and inspection. */
export interface PresetOrder {
  readonly number: string;
  readonly document: DocumentSerial;
  readonly secondOfficer: string;
  readonly inspectionId: number | null;
}

/** What an action did: the state event it fires (if any), other fields it changes, and how to tell it. */
export interface Outcome {
  readonly event?: HazardEvent;
  readonly patch?: HazardPatch;
  readonly details: TimelineEntry['details'];
  /** People to tell about it by DM besides the next actors (a requester, a reporter). */
  readonly inform?: readonly string[];
}
