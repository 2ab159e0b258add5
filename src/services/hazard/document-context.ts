import { localYear } from '../../domain/calendar.js';
import type { RectificationOrder } from '../../domain/hazard/records.js';
import { formatDocumentNumber } from '../../domain/numbering.js';
import type { Queryable } from '../../db/knex.js';
import { getEnforcementCards } from '../../db/repositories/user-setting.repository.js';
import type { DocPerson } from '../../documents/docx/docx-helpers.js';
import type { OfficeOnPaper } from '../../documents/docx/office.js';

/** Turns a Slack user id into the name printed on a document (src/slack/people-names.ts); by default the id itself. */
export type NameOf = (userId: string) => Promise<string>;

/** What a document needs besides the database: the office's time zone, its identity on paper and its number prefix. */
export interface DocumentContext {
  readonly timezone: string;
  readonly office: OfficeOnPaper & { readonly numberPrefix?: string | undefined };
  readonly nameOf: NameOf;
}

/** The printed number of an order: its document serial, or (orders issued before serials) its year and ZG number. */
export function orderDocumentNumber(o: RectificationOrder, ctx: Pick<DocumentContext, 'timezone' | 'office'>): string {
  return o.document
    ? formatDocumentNumber('order', ctx.office.numberPrefix, o.document.year, o.document.serial)
    : formatDocumentNumber('order', ctx.office.numberPrefix, localYear(new Date(o.issuedAt), ctx.timezone), o.number);
}

/** The people who sign, named as Slack's directory names them, with their enforcement-card numbers. */
export async function signers(q: Queryable, userIds: readonly string[], nameOf: NameOf): Promise<DocPerson[]> {
  const cards = await getEnforcementCards(q, userIds);
  return Promise.all(userIds.map(async (u) => ({ name: await nameOf(u), card: cards.get(u) ?? null })));
}
