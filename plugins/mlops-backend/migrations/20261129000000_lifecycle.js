// @ts-check

/** The AIDLC stages, in order: one status column each, so the fleet lifecycle view filters in SQL. */
const STAGES = [
  'collection',
  'preparation',
  'development',
  'training',
  'deployment',
  'monitoring',
];

/**
 * Lifecycle: where each entity stands in the six stages. The signals and their evidence are kept as
 * one JSON document (`lifecycle`); each stage's status and how many are in place are columns. Stored
 * rows wait for their next refresh, until which their stages are unknown.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_entities', table => {
    table
      .text('lifecycle')
      .notNullable()
      .defaultTo('[]')
      .comment('JSON: the six stages with their signals');
    for (const stage of STAGES) {
      table
        .string(`stage_${stage}`, 16)
        .notNullable()
        .defaultTo('unknown')
        .comment(`Status of the ${stage} stage`);
    }
    table
      .integer('stages_in_place')
      .notNullable()
      .defaultTo(0)
      .comment('How many stages are in place');
    table.index(
      ['stages_in_place', 'entity_ref'],
      'mlops_entities_progress_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('mlops_entities', table => {
    table.dropIndex(
      ['stages_in_place', 'entity_ref'],
      'mlops_entities_progress_idx',
    );
    table.dropColumn('lifecycle');
    for (const stage of STAGES) table.dropColumn(`stage_${stage}`);
    table.dropColumn('stages_in_place');
  });
};
