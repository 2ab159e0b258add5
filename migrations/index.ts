import type { Knex } from 'knex';
import * as createUnit from './20261129090000_create_unit.js';
import * as createUserRole from './20261129090100_create_user_role.js';
import * as createAuditLog from './20261129090200_create_audit_log.js';
import * as createOutbox from './20261129090300_create_outbox.js';
import * as createJobRun from './20261129090400_create_job_run.js';
import * as createCounter from './20261129090500_create_counter.js';
import * as createHazard from './20261129100000_create_hazard.js';
import * as createHazardRecords from './20261129100100_create_hazard_records.js';
import * as createAccident from './20261129110000_create_accident.js';
import * as createInspection from './20261129110100_create_inspection.js';
import * as createReminder from './20261129110200_create_reminder.js';
import * as orderOfficersAndDocumentNumbers from './20261203110000_order_officers_and_document_numbers.js';

/**
 * Every migration, oldest first. Listed by hand (instead of knex reading the folder) so that the same list runs from
 * TypeScript in the tests and from JavaScript in dist/, with no loader or file-extension guessing.
 */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Knex.Migration]> = [
  ['20261129090000_create_unit', createUnit],
  ['20261129090100_create_user_role', createUserRole],
  ['20261129090200_create_audit_log', createAuditLog],
  ['20261129090300_create_outbox', createOutbox],
  ['20261129090400_create_job_run', createJobRun],
  ['20261129090500_create_counter', createCounter],
  ['20261129100000_create_hazard', createHazard],
  ['20261129100100_create_hazard_records', createHazardRecords],
  ['20261129110000_create_accident', createAccident],
  ['20261129110100_create_inspection', createInspection],
  ['20261129110200_create_reminder', createReminder],
  ['20261203110000_order_officers_and_document_numbers', orderOfficersAndDocumentNumbers],
];
