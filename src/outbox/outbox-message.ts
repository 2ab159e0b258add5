import type { HazardAction } from '../domain/hazard/hazard-actions.js';
import type { TimelineEntry } from '../domain/hazard/timeline.js';
import type { AssignableRole } from '../domain/roles.js';
import type { EndingSoon, TierCounts } from '../domain/digest/digest.js';
import type { LadderStep } from '../domain/escalation/ladder.js';
import type { HazardLevel, HazardStatus } from '../domain/hazard/hazard.js';
import type { VisitType } from '../domain/inspection/visit.js';
import type { Tier } from '../domain/unit/tier.js';
import type { ReportPart } from '../domain/report/report-parts.js';
import type { ReportPeriod } from '../domain/report/report-period.js';

/** One hazard in an escalation message (a snapshot: what was true when the job ran). */
export interface EscalationItem {
  readonly hazardId: number;
  readonly number: string;
  readonly title: string;
  readonly unitName: string;
  readonly level: HazardLevel;
  readonly status: HazardStatus;
  readonly step: LadderStep;
  readonly days: number;
  readonly deadline: string | null;
  readonly leader: string | null;
}

/**
 * What a service wants people to be told, in domain terms. The Slack layer renders a notice into text and blocks at
 * delivery time, in the reader's language (a DM: the recipient's; a channel: APP_LOCALE).
 */
export type Notice =
  | { readonly type: 'role_changed'; readonly change: 'granted' | 'revoked'; readonly role: AssignableRole; readonly by: string }
  | { readonly type: 'unit_contact_changed'; readonly change: 'linked' | 'unlinked'; readonly unitId: number; readonly unitName: string; readonly by: string }
  /** The hazard's card, rendered from its current state when delivered. */
  | { readonly type: 'hazard_card'; readonly hazardId: number }
  /** An event, as a reply in the hazard's thread (`in: 'thread'`) or as a DM telling someone about it. */
  | { readonly type: 'hazard_event'; readonly hazardId: number; readonly entry: TimelineEntry; readonly in: 'thread' | 'dm' }
  /** A DM to the next person to act, with a button for each action (shown only while still open). */
  | { readonly type: 'hazard_todo'; readonly hazardId: number; readonly actions: readonly HazardAction[] }
  /** A hazard document as a .docx in the hazard's thread, built from the database when delivered (src/documents/docx). */
  | { readonly type: 'hazard_document'; readonly hazardId: number; readonly document: 'order' | 'reinspection' | 'closure'; readonly recordId: number }
  /** A part of the daily schedule digest (the first part carries the counts; later ones continue the list in its thread). */
  | {
      readonly type: 'digest';
      readonly date: string;
      readonly part: number;
      readonly parts: number;
      readonly counts: Readonly<Record<Tier, TierCounts>> | null;
      readonly items: readonly EndingSoon[];
      readonly more: number;
      readonly soonDays: number;
    }
  /** An inspector's planned inspections of the day (one DM each morning). */
  | { readonly type: 'inspector_day'; readonly date: string; readonly inspections: readonly { readonly number: string; readonly unitName: string; readonly visitType: VisitType; readonly inspectors: readonly string[] }[] }
  | { readonly type: 'inspection_assigned'; readonly number: string; readonly unitName: string; readonly plannedDate: string; readonly visitType: VisitType; readonly by: string }
  /** One DM a day listing all of a person's escalated hazards. */
  | { readonly type: 'escalation_people'; readonly date: string; readonly items: readonly EscalationItem[]; readonly more: number }
  /** The leaders' channel's daily message (continued in its thread when long). */
  | { readonly type: 'escalation_leaders'; readonly date: string; readonly part: number; readonly parts: number; readonly items: readonly EscalationItem[]; readonly more: number }
  /** A part of the office figures in publication wording (公示): the weekly publicity, or a report a leader posted. */
  | ({ readonly type: 'report'; readonly weekly: boolean } & ReportPart)
  /** 5 days before a statistics deadline (16号令 Art 14): which table, due when, and the command that builds it. */
  | { readonly type: 'stats_reminder'; readonly date: string; readonly period: Pick<ReportPeriod, 'kind' | 'label' | 'year' | 'index'>; readonly deadline: string };

/**
 * Where a notice goes. `ref` names a message so that later changes can update it (`upsert`) or reply in its thread
 * (`reply`): the dispatcher stores the channel and ts it was posted at under that ref.
 */
export type Delivery =
  | { readonly op: 'dm'; readonly user: string }
  | { readonly op: 'post'; readonly channel: string; readonly ref?: string }
  | { readonly op: 'upsert'; readonly channel: string; readonly ref: string }
  | { readonly op: 'reply'; readonly channel: string; readonly ref: string };

export interface OutboxMessage {
  /** Unique per logical message: queuing the same key twice stores it once. */
  readonly key: string;
  readonly delivery: Delivery;
  readonly notice: Notice;
}

/** Messages of one lane are delivered strictly in order; lanes are independent (one per channel or person). */
export function laneOf(delivery: Delivery): string {
  return delivery.op === 'dm' ? `user:${delivery.user}` : `channel:${delivery.channel}`;
}
