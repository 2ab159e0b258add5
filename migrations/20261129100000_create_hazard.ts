import type { Knex } from 'knex';

/** Hazards (隐患) and the photos attached to them. The state is a stable English code; `version` counts changes. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('hazard', (t) => {
    t.increments('id').primary();
    t.string('number', 20).notNullable().unique();
    t.integer('unit_id').unsigned().notNullable().references('id').inTable('unit');
    t.string('title', 100).notNullable();
    t.text('description').notNullable();
    t.string('location', 100).notNullable();
    t.string('category', 32).notNullable();
    t.string('level', 8).notNullable();
    t.string('source', 32).notNullable();
    t.integer('inspection_id').nullable();
    t.string('found_date', 10).notNullable();
    t.string('found_by', 32).notNullable();
    t.boolean('reported_publicly').notNullable().defaultTo(false);
    t.string('responsible_person', 50).nullable();
    t.string('assignee', 32).nullable();
    t.string('deadline', 10).nullable();
    t.decimal('funding', 14, 2).nullable();
    t.string('status', 24).notNullable();
    t.string('status_since', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.boolean('referred').notNullable().defaultTo(false);
    t.string('void_reason', 500).nullable();
    t.string('closure_kind', 16).nullable();
    t.text('closure_note').nullable();
    t.string('closed_at', 30).nullable();
    t.string('closed_by', 32).nullable();
    t.string('created_at', 30).notNullable();
    t.string('created_by', 32).notNullable();
    t.string('updated_at', 30).notNullable();
    t.string('updated_by', 32).notNullable();
    t.index(['unit_id', 'status']);
    t.index(['status', 'deadline']);
    t.index(['level', 'status']);
    t.index(['assignee']);
  });
  await knex.schema.createTable('hazard_file', (t) => {
    t.increments('id').primary();
    t.integer('hazard_id').unsigned().notNullable().references('id').inTable('hazard');
    t.string('stage', 16).notNullable();
    t.string('file_id', 32).notNullable();
    t.string('name', 255).notNullable();
    t.string('permalink', 500).nullable();
    t.string('added_by', 32).notNullable();
    t.string('added_at', 30).notNullable();
    t.index(['hazard_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('hazard_file');
  await knex.schema.dropTable('hazard');
}
