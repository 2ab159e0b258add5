import type { Knex } from 'knex';

/**
 * The append-only audit log: who, when, which entity, what action, before → after. A trigger on each database refuses
 * UPDATE and DELETE, so not even a bug in the app can rewrite history.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id').primary();
    t.string('at', 30).notNullable();
    t.string('actor', 32).notNullable();
    t.string('entity', 32).notNullable();
    t.string('entity_id', 64).notNullable();
    t.string('action', 64).notNullable();
    t.text('before').nullable();
    t.text('after').nullable();
    t.index(['entity', 'entity_id', 'id']);
    t.index(['actor']);
  });
  if (knex.client.config.client === 'pg') {
    await knex.raw(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await knex.raw('CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()');
  } else {
    for (const op of ['UPDATE', 'DELETE']) {
      await knex.raw(`CREATE TRIGGER audit_log_no_${op.toLowerCase()} BEFORE ${op} ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
  if (knex.client.config.client === 'pg') await knex.raw('DROP FUNCTION IF EXISTS audit_log_append_only()');
}
