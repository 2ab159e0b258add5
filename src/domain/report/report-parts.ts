import type { AreaFigures, ListedProgress, ReportFigures, TownFigures } from './figures.js';
import type { ReportPeriod } from './report-period.js';

/** The office totals of a report, repeated in each of its messages (the first shows them; later ones name the period). */
export interface ReportHead extends AreaFigures {
  readonly period: ReportPeriod;
  readonly asOf: string;
  readonly toDate: boolean;
  readonly listedCount: number;
  readonly townCount: number;
}

/** One message of a report: the head, and a slice of the listed hazards and of the town table. A JSON-safe snapshot. */
export interface ReportPart {
  readonly part: number;
  readonly parts: number;
  readonly head: ReportHead;
  readonly listed: readonly ListedProgress[];
  /** Index of `listed[0]` among all listed hazards (0: this part starts the list and carries its title). */
  readonly listedFrom: number;
  readonly towns: readonly TownFigures[];
  readonly townsFrom: number;
  /** Listed hazards / towns not shown anywhere (said after the last one shown). */
  readonly moreListed: number;
  readonly moreTowns: number;
}

export interface PartLimits {
  /** Listed hazards and towns shown at most (the rest: "and N more"). */
  readonly listedMax: number;
  readonly townsMax: number;
  /** A part's room in lines: a listed hazard takes `listedCost`, a town one; the first part also carries the head. */
  readonly firstPartRoom: number;
  readonly partRoom: number;
  readonly listedCost: number;
}

/**
 * A channel publication: at most 50 listed hazards and 240 towns, over at most 6 messages (the first, then its
 * thread) — Slack calls do not grow with the office. Each part stays far inside 50 blocks and 3000 characters a block.
 */
export const PUBLICATION_LIMITS: PartLimits = { listedMax: 50, townsMax: 240, firstPartRoom: 48, partRoom: 80, listedCost: 3 };
/** An ephemeral answer is one message: the first 10 listed hazards and 60 towns. */
export const EPHEMERAL_LIMITS: PartLimits = { listedMax: 10, townsMax: 60, firstPartRoom: 90, partRoom: 90, listedCost: 3 };

export function reportHead(f: ReportFigures): ReportHead {
  return {
    period: f.period, asOf: f.asOf, toDate: f.toDate, new: f.new, closed: f.closed, overdue: f.overdue, rectified: f.rectified, rate: f.rate,
    listedCount: f.listed.length, townCount: f.towns.length,
  };
}

/** Splits the figures into messages: listed hazards first, then the town table, each part filled up to its room. */
export function splitReport(f: ReportFigures, limits: PartLimits = PUBLICATION_LIMITS): ReportPart[] {
  const head = reportHead(f);
  const listed = f.listed.slice(0, limits.listedMax);
  const towns = f.towns.slice(0, limits.townsMax);
  const drafts: { listed: ListedProgress[]; listedFrom: number; towns: TownFigures[]; townsFrom: number }[] = [];
  let li = 0;
  let ti = 0;
  do {
    let room = drafts.length === 0 ? limits.firstPartRoom : limits.partRoom;
    const d = { listed: [] as ListedProgress[], listedFrom: li, towns: [] as TownFigures[], townsFrom: ti };
    for (; li < listed.length && room >= limits.listedCost; room -= limits.listedCost) d.listed.push(listed[li++]!);
    if (li === listed.length) for (; ti < towns.length && room >= 1; room -= 1) d.towns.push(towns[ti++]!);
    drafts.push(d);
  } while (li < listed.length || ti < towns.length);
  const moreListed = f.listed.length - listed.length;
  const moreTowns = f.towns.length - towns.length;
  const lastListedPart = drafts.reduce((at, d, i) => (d.listed.length ? i : at), 0);
  return drafts.map((d, i) => ({
    part: i + 1, parts: drafts.length, head, ...d,
    moreListed: i === lastListedPart ? moreListed : 0,
    moreTowns: i === drafts.length - 1 ? moreTowns : 0,
  }));
}
