// @ts-check

/**
 * The latest snapshot of each ML entity, its history for trends, its model groups (for the model
 * catalog) and the evidence its pipeline submitted.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('mlops_entities', table => {
    table.comment('Latest ML snapshot per catalog entity');
    table.string('entity_ref', 255).primary();
    table.string('title', 255).notNullable();
    table.string('owner', 255).notNullable();
    table.string('system', 255).nullable();
    table.string('profile', 63).notNullable();
    table
      .timestamp('refreshed_at', { useTz: true })
      .nullable()
      .comment('Last successful read');
    table.timestamp('evaluated_at', { useTz: true }).nullable();
    table.boolean('stale').notNullable().defaultTo(false);
    table.text('error').nullable();
    table.integer('score').notNullable().defaultTo(0);
    table.integer('failed_critical').notNullable().defaultTo(0);
    table.integer('failed_high').notNullable().defaultTo(0);
    table.integer('failed_medium').notNullable().defaultTo(0);
    table.integer('failed_low').notNullable().defaultTo(0);
    table
      .text('failed_checks')
      .notNullable()
      .defaultTo('')
      .comment(',id,id, for LIKE filters');
    table.string('drift_status', 16).notNullable().defaultTo('unknown');
    table.text('models').notNullable().defaultTo('[]');
    table.text('endpoints').notNullable().defaultTo('[]');
    table.text('checks').notNullable().defaultTo('[]');
    table.text('evidence').notNullable().defaultTo('{}');
    table.index(['owner'], 'mlops_entities_owner_idx');
    table.index(['system'], 'mlops_entities_system_idx');
    table.index(['score', 'entity_ref'], 'mlops_entities_score_idx');
    table.index(['evaluated_at', 'entity_ref'], 'mlops_entities_evaluated_idx');
  });

  await knex.schema.createTable('mlops_history', table => {
    table.comment('One row per refresh of an entity, for trends');
    table.bigIncrements('id');
    table.string('entity_ref', 255).notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.integer('score').notNullable();
    table.integer('failed_critical').notNullable();
    table.integer('failed_high').notNullable();
    table.integer('failed_medium').notNullable();
    table.integer('failed_low').notNullable();
    table.string('drift_status', 16).notNullable();
    table.index(['entity_ref', 'recorded_at'], 'mlops_history_entity_idx');
    table.index(['recorded_at'], 'mlops_history_recorded_idx');
  });

  await knex.schema.createTable('mlops_model_groups', table => {
    table.comment('Model package groups of each entity, for the model catalog');
    table.string('entity_ref', 255).notNullable();
    table.string('arn', 512).notNullable();
    table.string('name', 255).notNullable();
    table.string('owner', 255).notNullable();
    table.integer('latest_version').nullable();
    table.string('latest_status', 32).nullable();
    table.integer('approved_version').nullable();
    table.string('drift_status', 16).notNullable();
    table.primary(['entity_ref', 'arn']);
    table.index(['name'], 'mlops_model_groups_name_idx');
  });

  await knex.schema.createTable('mlops_submitted_evidence', table => {
    table.comment(
      'Reports posted by the pipelines of projects (policy gate, container scan)',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('kind', 32).notNullable();
    table.timestamp('submitted_at', { useTz: true }).notNullable();
    table.string('submitted_by', 255).notNullable();
    table.text('payload').notNullable();
    table.primary(['entity_ref', 'kind']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mlops_submitted_evidence');
  await knex.schema.dropTable('mlops_model_groups');
  await knex.schema.dropTable('mlops_history');
  await knex.schema.dropTable('mlops_entities');
};
