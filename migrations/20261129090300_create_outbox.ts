import type { Knex } from 'knex';

/**
 * The outbox: Slack messages queued in the same transaction as the change they announce, delivered after commit.
 * slack_message remembers where a message was posted (channel + ts) under a stable ref, so later changes update it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('outbox', (t) => {
    t.increments('id').primary();
    t.string('idempotency_key', 200).notNullable().unique();
    t.string('lane', 64).notNullable();
    t.string('op', 16).notNullable();
    t.text('payload').notNullable();
    t.string('status', 12).notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('next_attempt_at', 30).notNullable();
    t.string('locked_until', 30).nullable();
    t.string('last_error', 500).nullable();
    t.string('result_channel', 32).nullable();
    t.string('result_ts', 32).nullable();
    t.string('created_at', 30).notNullable();
    t.string('sent_at', 30).nullable();
    t.index(['status', 'next_attempt_at']);
    t.index(['lane', 'id']);
  });
  await knex.schema.createTable('slack_message', (t) => {
    t.string('ref', 128).primary();
    t.string('channel', 32).notNullable();
    t.string('ts', 32).notNullable();
    t.string('updated_at', 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('slack_message');
  await knex.schema.dropTable('outbox');
}
