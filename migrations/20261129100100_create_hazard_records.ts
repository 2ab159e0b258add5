import type { Knex } from 'knex';

/**
 * What happens to a hazard on its way to closure: rectification orders (ZG-), the major path's listing, expert
 * consultation and six-element plan, rectification reports with their re-inspection, acceptance applications with the
 * expert's and the authority's signatures, extension requests and joint-enforcement referrals.
 */
export async function up(knex: Knex): Promise<void> {
  const hazardId = (t: Knex.CreateTableBuilder) => t.integer('hazard_id').unsigned().notNullable().references('id').inTable('hazard');
  await knex.schema.createTable('hazard_order', (t) => {
    t.increments('id').primary();
    hazardId(t);
    t.string('number', 20).notNullable().unique();
    t.text('measures').notNullable();
    t.string('deadline', 10).notNullable();
    t.string('issued_by', 32).notNullable();
    t.string('issued_at', 30).notNullable();
    t.index(['hazard_id']);
  });
  await knex.schema.createTable('hazard_listing', (t) => {
    hazardId(t).primary();
    t.string('leader', 32).notNullable();
    t.string('level', 16).notNullable();
    t.string('document_number', 100).notNullable();
    t.string('listed_date', 10).notNullable();
    t.string('listed_by', 32).notNullable();
    t.string('listed_at', 30).notNullable();
  });
  await knex.schema.createTable('hazard_expert', (t) => {
    hazardId(t);
    t.string('user_id', 32).notNullable();
    t.string('assigned_by', 32).notNullable();
    t.string('assigned_at', 30).notNullable();
    t.text('opinion').nullable();
    t.string('opinion_at', 30).nullable();
    t.primary(['hazard_id', 'user_id']);
    t.index(['user_id']);
  });
  await knex.schema.createTable('hazard_plan', (t) => {
    hazardId(t).primary();
    for (const element of ['goal_and_tasks', 'methods_and_measures', 'funding_and_materials', 'responsible_body', 'time_limit', 'safety_and_emergency']) t.text(element).notNullable();
    t.string('recorded_by', 32).notNullable();
    t.string('recorded_at', 30).notNullable();
  });
  await knex.schema.createTable('hazard_rectification', (t) => {
    t.increments('id').primary();
    hazardId(t);
    t.string('reported_by', 32).notNullable();
    t.boolean('on_behalf').notNullable().defaultTo(false);
    t.text('evidence').notNullable();
    t.string('reported_at', 30).notNullable();
    t.string('result', 8).nullable();
    t.string('reviewed_by', 32).nullable();
    t.text('review_note').nullable();
    t.string('reviewed_at', 30).nullable();
    t.index(['hazard_id']);
  });
  await knex.schema.createTable('hazard_acceptance', (t) => {
    t.increments('id').primary();
    hazardId(t);
    t.string('applicant', 32).notNullable();
    t.boolean('on_behalf').notNullable().defaultTo(false);
    t.string('evaluator_kind', 16).notNullable();
    t.string('evaluator_name', 100).notNullable();
    t.string('report_ref', 100).notNullable();
    t.text('note').nullable();
    t.string('applied_at', 30).notNullable();
    t.string('expert_by', 32).nullable();
    t.boolean('expert_passed').nullable();
    t.text('expert_opinion').nullable();
    t.string('expert_at', 30).nullable();
    t.string('authority_by', 32).nullable();
    t.boolean('authority_passed').nullable();
    t.text('authority_opinion').nullable();
    t.string('authority_at', 30).nullable();
    t.index(['hazard_id']);
  });
  await knex.schema.createTable('hazard_extension', (t) => {
    t.increments('id').primary();
    hazardId(t);
    t.string('requested_by', 32).notNullable();
    t.string('from_deadline', 10).nullable();
    t.string('to_deadline', 10).notNullable();
    t.text('reason').notNullable();
    t.string('requested_at', 30).notNullable();
    t.string('status', 12).notNullable();
    t.string('decided_by', 32).nullable();
    t.text('decision_note').nullable();
    t.string('decided_at', 30).nullable();
    t.index(['hazard_id', 'status']);
  });
  await knex.schema.createTable('hazard_referral', (t) => {
    hazardId(t).primary();
    t.text('departments').notNullable();
    t.text('measures').notNullable();
    t.string('referred_by', 32).notNullable();
    t.string('referred_at', 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['hazard_referral', 'hazard_extension', 'hazard_acceptance', 'hazard_rectification', 'hazard_plan', 'hazard_expert', 'hazard_listing', 'hazard_order']) {
    await knex.schema.dropTable(table);
  }
}
