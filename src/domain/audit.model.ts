/** One audit-log row as read back (src/db/repositories/audit.repository.ts): who did what to which entity, and when. */
export interface AuditRow {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
}
