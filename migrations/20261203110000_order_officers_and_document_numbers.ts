import type { Knex } from 'knex';

/**
 * Lawful papers (DOMAIN.md §A8, §B2, §B3): a rectification order names its second enforcement officer and carries a
 * document number (a serial per year: （郑）应急责改〔2026〕1号), and may cover every hazard of one inspection — the
 * hazards of one order share its ZG number, so the number is no longer unique per row; the re-inspection opinion gets
 * its own serial; an acceptance application states the measures carried out and the funds actually spent.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('hazard_order', (t) => {
    t.dropUnique(['number']);
    t.index(['number']);
    t.string('second_officer', 32).nullable();
    t.integer('doc_year').nullable();
    t.integer('doc_serial').nullable();
    t.integer('inspection_id').nullable();
  });
  await knex.schema.alterTable('hazard_rectification', (t) => {
    t.integer('opinion_year').nullable();
    t.integer('opinion_serial').nullable();
  });
  await knex.schema.alterTable('hazard_acceptance', (t) => {
    t.text('measures_done').nullable();
    t.decimal('funds_spent', 14, 2).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('hazard_acceptance', (t) => {
    t.dropColumn('measures_done');
    t.dropColumn('funds_spent');
  });
  await knex.schema.alterTable('hazard_rectification', (t) => {
    t.dropColumn('opinion_year');
    t.dropColumn('opinion_serial');
  });
  await knex.schema.alterTable('hazard_order', (t) => {
    t.dropIndex(['number']);
    t.dropColumn('second_officer');
    t.dropColumn('doc_year');
    t.dropColumn('doc_serial');
    t.dropColumn('inspection_id');
    t.unique(['number']);
  });
}
