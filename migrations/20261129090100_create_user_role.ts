import type { Knex } from 'knex';

/** Roles people hold (PRODUCT.md §2) and each person's settings (language, the DM channel the app found for them). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('user_role', (t) => {
    t.string('user_id', 32).notNullable();
    t.string('role', 16).notNullable();
    t.string('granted_by', 32).notNullable();
    t.string('granted_at', 30).notNullable();
    t.primary(['user_id', 'role']);
    t.index(['role']);
  });
  await knex.schema.createTable('user_setting', (t) => {
    t.string('user_id', 32).primary();
    t.string('locale', 8).nullable();
    t.string('dm_channel_id', 32).nullable();
    t.string('updated_at', 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('user_setting');
  await knex.schema.dropTable('user_role');
}
