import type { Knex } from 'knex';

/** Inspections (JC-YYYY-NNNN): a unit, a planned date, one or more inspectors, a visit type; then done or cancelled. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('inspection', (t) => {
    t.increments('id').primary();
    t.string('number', 20).notNullable().unique();
    t.integer('unit_id').unsigned().notNullable().references('id').inTable('unit');
    t.string('planned_date', 10).notNullable();
    t.string('visit_type', 16).notNullable();
    t.string('status', 12).notNullable();
    t.string('done_date', 10).nullable();
    t.text('summary').nullable();
    t.text('findings').nullable();
    t.string('cancel_reason', 500).nullable();
    t.string('created_by', 32).notNullable();
    t.string('created_at', 30).notNullable();
    t.string('updated_by', 32).notNullable();
    t.string('updated_at', 30).notNullable();
    t.index(['unit_id', 'status', 'done_date']);
    t.index(['status', 'planned_date']);
  });
  await knex.schema.createTable('inspection_inspector', (t) => {
    t.integer('inspection_id').unsigned().notNullable().references('id').inTable('inspection');
    t.string('user_id', 32).notNullable();
    t.primary(['inspection_id', 'user_id']);
    t.index(['user_id']);
  });
  // Inspectors' enforcement-card numbers (执法证号), needed for administrative inspections.
  await knex.schema.alterTable('user_setting', (t) => {
    t.string('enforcement_card', 50).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('user_setting', (t) => {
    t.dropColumn('enforcement_card');
  });
  await knex.schema.dropTable('inspection_inspector');
  await knex.schema.dropTable('inspection');
}
