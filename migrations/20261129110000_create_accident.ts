import type { Knex } from 'knex';

/** Accidents (493号令): their consequences, the grade computed from them, and a summary. They feed the unit's tier. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('accident', (t) => {
    t.increments('id').primary();
    t.integer('unit_id').unsigned().notNullable().references('id').inTable('unit');
    t.string('date', 10).notNullable();
    t.integer('deaths').notNullable();
    t.integer('serious_injuries').notNullable();
    t.decimal('direct_loss', 16, 2).notNullable();
    t.string('grade', 20).notNullable();
    t.text('summary').notNullable();
    t.string('recorded_by', 32).notNullable();
    t.string('recorded_at', 30).notNullable();
    t.index(['unit_id', 'date']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('accident');
}
