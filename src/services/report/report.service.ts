import { localDate } from '../../domain/calendar.js';
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.js';
import { DomainError } from '../../domain/errors.js';
import { can, assertCan } from '../../domain/permissions.js';
import { computeFigures, figuresAsOf, type ReportFigures } from '../../domain/report/figures.js';
import { parseReportPeriod, type ReportPeriod } from '../../domain/report/report-period.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { figureRows, listedRows } from '../../db/repositories/report.repository.js';
import type { Queryable } from '../../db/knex.js';
import type { Transactor } from '../../db/transaction.js';
import { loadActor } from '../access.js';
import { queueReport } from './queue-report.js';

/** The office figures of a period as they stand on `today` (three reads; see domain/report/figures.ts). */
export async function officeFigures(q: Queryable, period: ReportPeriod, today: string, tz: string): Promise<ReportFigures> {
  const [rows, listed] = await Promise.all([figureRows(q, period, figuresAsOf(period, today), tz), listedRows(q, period, tz)]);
  return computeFigures(period, today, rows, listed);
}

export interface ReportAnswer {
  readonly figures: ReportFigures;
  /** Whether the person may post these figures (report.post) and a public channel is configured. */
  readonly mayPost: boolean;
  /** The person may post, but PUBLIC_CHANNEL is not configured. */
  readonly noChannelToPost: boolean;
  /** Names this answer: posting it twice (two presses of its button) posts once. */
  readonly token: string;
}

export type PostOutcome =
  | { readonly kind: 'posted' | 'already'; readonly channel: string; readonly period: ReportPeriod }
  | { readonly kind: 'no_channel'; readonly period: ReportPeriod };

/** `/anjian report` and its "post to channel" button (issue 5 point 3). */
export class ReportService {
  constructor(private readonly deps: { readonly tx: Transactor; readonly clock: Clock; readonly adminUserIds: readonly string[]; readonly timezone: string; readonly publicChannel: string | undefined }) {}

  today(): string {
    return localDate(this.deps.clock.now(), this.deps.timezone);
  }

  /** The figures of a period (to date while it runs). Needs report.view. */
  async figures(actorId: string, period: ReportPeriod): Promise<ReportAnswer> {
    const actor = await loadActor(this.deps.tx.db, actorId, this.deps.adminUserIds);
    assertCan(actor, 'report.view');
    const figures = await officeFigures(this.deps.tx.db, period, this.today(), this.deps.timezone);
    const poster = can(actor, 'report.post');
    const channel = this.deps.publicChannel !== undefined;
    return { figures, mayPost: poster && channel, noChannelToPost: poster && !channel, token: randomBytes(8).toString('hex') };
  }

  /**
   * Posts the figures of the period named by `label`, recomputed now, to PUBLIC_CHANNEL in publication wording, once
   * per answer (`token`): the outbox key is `report:post:<label>:<token>`, so a second press queues nothing. Needs
   * report.post; audited as `report.posted`.
   */
  async postToChannel(actorId: string, label: string, token: string): Promise<PostOutcome> {
    const period = parseReportPeriod(label);
    if (!period || !/^[\w-]{1,64}$/.test(token)) throw new DomainError('validation.invalid', { field: 'period' });
    return this.deps.tx.run(async (trx) => {
      assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'report.post');
      const channel = this.deps.publicChannel;
      if (!channel) return { kind: 'no_channel', period } as const;
      const now = this.deps.clock.now();
      const figures = await officeFigures(trx, period, localDate(now, this.deps.timezone), this.deps.timezone);
      const key = `report:post:${period.label}:${token}`;
      const parts = await queueReport(trx, figures, { channel, key, ref: key, weekly: false, now });
      if (parts === 0) return { kind: 'already', channel, period } as const;
      await recordAudit(trx, now, {
        actor: actorId, entity: 'report', entityId: period.label, action: 'report.posted',
        after: { channel, token, parts, asOf: figures.asOf, new: figures.new.total, closed: figures.closed.total, overdue: figures.overdue.total, rate: figures.rate, listed: figures.listed.length },
      });
      return { kind: 'posted', channel, period } as const;
    });
  }
}
