import type { Knex } from 'knex';

/** Year-scoped counters for human numbers (YH-/ZG-/JC-YYYY-NNNN), incremented atomically by an upsert. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('counter', (t) => {
    t.string('prefix', 8).notNullable();
    t.integer('year').notNullable();
    t.integer('value').notNullable();
    t.primary(['prefix', 'year']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('counter');
}
