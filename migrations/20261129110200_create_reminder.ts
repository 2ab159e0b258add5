import type { Knex } from 'knex';

/** Escalation steps sent, one row per (hazard, step, key): the ladder never sends a step twice. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('reminder', (t) => {
    t.increments('id').primary();
    t.integer('hazard_id').unsigned().notNullable().references('id').inTable('hazard');
    t.string('step', 20).notNullable();
    t.string('key', 20).notNullable();
    t.string('slot', 40).notNullable();
    t.string('sent_at', 30).notNullable();
    t.unique(['hazard_id', 'step', 'key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('reminder');
}
