import type { Knex } from 'knex';

/** One row per job slot (job + date in APP_TIMEZONE): the unique key lets exactly one instance run a slot. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('job_run', (t) => {
    t.increments('id').primary();
    t.string('job', 32).notNullable();
    t.string('slot', 32).notNullable();
    t.string('status', 12).notNullable();
    t.string('instance', 64).notNullable();
    t.string('started_at', 30).notNullable();
    t.string('finished_at', 30).nullable();
    t.text('summary').nullable();
    t.unique(['job', 'slot']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('job_run');
}
