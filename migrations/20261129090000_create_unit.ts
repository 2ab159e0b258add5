import type { Knex } from 'knex';

/** Units (生产经营单位), their linked contacts, and the history of their tier. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('unit', (t) => {
    t.increments('id').primary();
    t.string('name', 100).notNullable();
    t.string('credit_code', 18).nullable().unique();
    t.string('industry', 32).notNullable();
    t.string('town', 50).notNullable();
    t.string('address', 200).notNullable();
    t.string('contact_name', 50).notNullable();
    t.string('contact_phone', 30).notNullable();
    t.boolean('major_hazard_source').notNullable().defaultTo(false);
    t.boolean('licence_holder').notNullable().defaultTo(false);
    t.string('tier', 8).notNullable();
    t.string('override_tier', 8).nullable();
    t.string('override_reason', 500).nullable();
    t.string('override_until', 10).nullable();
    t.string('override_by', 32).nullable();
    t.string('override_at', 30).nullable();
    t.string('created_at', 30).notNullable();
    t.string('created_by', 32).notNullable();
    t.string('updated_at', 30).notNullable();
    t.string('updated_by', 32).notNullable();
    t.index(['tier']);
    t.index(['town']);
    t.index(['industry']);
  });
  await knex.schema.createTable('unit_contact', (t) => {
    t.integer('unit_id').unsigned().notNullable().references('id').inTable('unit').onDelete('CASCADE');
    t.string('user_id', 32).notNullable();
    t.string('linked_by', 32).notNullable();
    t.string('linked_at', 30).notNullable();
    t.primary(['unit_id', 'user_id']);
    t.index(['user_id']);
  });
  await knex.schema.createTable('tier_change', (t) => {
    t.increments('id').primary();
    t.integer('unit_id').unsigned().notNullable().references('id').inTable('unit').onDelete('CASCADE');
    t.string('from_tier', 8).nullable();
    t.string('to_tier', 8).notNullable();
    t.text('reasons').notNullable();
    t.boolean('by_override').notNullable().defaultTo(false);
    t.string('actor', 32).notNullable();
    t.string('at', 30).notNullable();
    t.index(['unit_id', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('tier_change');
  await knex.schema.dropTable('unit_contact');
  await knex.schema.dropTable('unit');
}
