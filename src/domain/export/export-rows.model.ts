import type { Hazard, ListingLevel } from '../hazard/hazard.js';
import type { Inspection } from '../inspection/visit.js';
import type { TierOverride } from '../unit/tier.js';
import type { Unit } from '../unit/unit.js';

/**
 * The rows the exports write (read page by page by src/db/repositories/export.repository.ts, written by
 * src/documents/xlsx/*): each takes its fields from the stored record it comes from, plus what is joined to it.
 */

/** One 隐患台账 row (DOMAIN.md §B1): the hazard with its unit, latest order, listing and linked inspection. */
export interface LedgerRow
  extends Pick<Hazard, 'id' | 'number' | 'source' | 'foundDate' | 'foundBy' | 'location' | 'title' | 'description' | 'category' | 'level' | 'responsiblePerson' | 'assignee' | 'deadline' | 'funding' | 'status' | 'closedAt' | 'closureKind' | 'closedBy'>,
    Pick<Unit, 'creditCode' | 'industry' | 'town' | 'tier' | 'majorHazardSource'> {
  readonly inspectionNumber: string | null;
  readonly unitName: string;
  readonly orderNumber: string | null;
  readonly orderMeasures: string | null;
  readonly listingLevel: ListingLevel | null;
  readonly listingDocument: string | null;
  readonly listingLeader: string | null;
}

/** One unit as exported: its fields, tier and override, flags, Slack contacts and open hazards. */
export interface UnitExportRow
  extends Pick<Unit, 'id' | 'name' | 'creditCode' | 'industry' | 'town' | 'address' | 'tier' | 'majorHazardSource' | 'licenceHolder' | 'contactName' | 'contactPhone'> {
  /** The override in force, flattened into columns (all null without one). */
  readonly overrideTier: TierOverride['tier'] | null;
  readonly overrideUntil: TierOverride['until'] | null;
  readonly overrideReason: TierOverride['reason'] | null;
  readonly slackContacts: readonly string[];
  readonly openHazards: number;
}

/** One inspection as exported. Its date is the day it was done, or the planned day while not done. */
export interface InspectionExportRow extends Pick<Inspection, 'id' | 'number' | 'visitType' | 'plannedDate' | 'status' | 'doneDate'> {
  readonly unitName: string;
  readonly inspectors: readonly { readonly userId: string; readonly card: string | null }[];
  /** Hazards registered from it (void ones left out). */
  readonly hazardsFound: number;
}
