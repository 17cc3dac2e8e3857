// @ts-check

/**
 * Verdicts: the fleet is ordered by whether a service may ship (`verdict_rank`, the index of its
 * verdict in `VERDICTS`: blocked 0, at risk 1, evidence missing 2, passing 3, not evaluated 4), and
 * checks waiting for a pipeline report are counted apart from failures. Stored rows get their verdict
 * from their failure counts; the next refresh counts their missing reports.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_entities', table => {
    table
      .integer('verdict_rank')
      .notNullable()
      .defaultTo(4)
      .comment('Index of the verdict in VERDICTS, worst first');
    table
      .integer('missing_evidence')
      .notNullable()
      .defaultTo(0)
      .comment('Critical and high checks without evidence');
    table.index(
      ['verdict_rank', 'score', 'entity_ref'],
      'mlops_entities_verdict_idx',
    );
  });
  await knex('mlops_entities')
    .whereNotNull('evaluated_at')
    .update({
      verdict_rank: knex.raw(
        'case when failed_critical > 0 then 0 when failed_high > 0 then 1 else 3 end',
      ),
    });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('mlops_entities', table => {
    table.dropIndex(
      ['verdict_rank', 'score', 'entity_ref'],
      'mlops_entities_verdict_idx',
    );
    table.dropColumn('verdict_rank');
    table.dropColumn('missing_evidence');
  });
};
