// @ts-check

/**
 * Second round: outside text in `text` columns (a long catalog title must not fail a write), the data
 * classification beside owner, system and profile (what permission rules look at), the summaries of
 * the pipeline reports an evaluation read (served with the checks in one query), every evidence
 * report kept instead of the last per kind, manual refresh claims for the rate limit, and the fleet
 * generation that every replica reads.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_entities', table => {
    table.text('title').notNullable().alter();
    table.text('owner').notNullable().alter();
    table.text('system').nullable().alter();
    table.text('profile').notNullable().alter();
    table.text('data_classification').nullable();
    table
      .text('reports')
      .notNullable()
      .defaultTo('[]')
      .comment('The newest pipeline report of each kind the evaluation read');
  });
  await knex.schema.alterTable('mlops_model_groups', table => {
    table.text('name').notNullable().alter();
    table.text('owner').notNullable().alter();
    table.text('latest_status').nullable().alter();
  });

  await knex.schema.createTable('mlops_evidence_reports', table => {
    table.comment(
      'Every report a project pipeline posted (policy gate, container scan); the newest per kind counts',
    );
    table.bigIncrements('id');
    table.string('entity_ref', 255).notNullable();
    table.string('kind', 32).notNullable();
    table.text('tool').notNullable();
    table.timestamp('submitted_at', { useTz: true }).notNullable();
    table.text('submitted_by').notNullable();
    table.text('summary').notNullable();
    table.text('payload').notNullable();
    table.index(
      ['entity_ref', 'kind', 'id'],
      'mlops_evidence_reports_entity_idx',
    );
    table.index(['submitted_at'], 'mlops_evidence_reports_submitted_idx');
  });
  const kept = await knex('mlops_submitted_evidence').orderBy('submitted_at');
  for (const row of kept) {
    const payload = JSON.parse(row.payload);
    await knex('mlops_evidence_reports').insert({
      entity_ref: row.entity_ref,
      kind: row.kind,
      tool: String(payload.tool ?? 'unknown'),
      submitted_at: row.submitted_at,
      submitted_by: row.submitted_by,
      summary: '',
      payload: row.payload,
    });
  }
  await knex.schema.dropTable('mlops_submitted_evidence');

  await knex.schema.createTable('mlops_refresh_requests', table => {
    table.comment('The last manual refresh of each entity, for the rate limit');
    table.string('entity_ref', 255).primary();
    table.timestamp('requested_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('mlops_fleet_generation', table => {
    table.comment(
      'Bumped after every change of the stored fleet: cached fleet answers of every replica are keyed by it',
    );
    table.integer('id').primary();
    table.bigInteger('generation').notNullable();
  });
  await knex('mlops_fleet_generation').insert({ id: 1, generation: 0 });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('mlops_fleet_generation');
  await knex.schema.dropTable('mlops_refresh_requests');
  await knex.schema.createTable('mlops_submitted_evidence', table => {
    table.string('entity_ref', 255).notNullable();
    table.string('kind', 32).notNullable();
    table.timestamp('submitted_at', { useTz: true }).notNullable();
    table.string('submitted_by', 255).notNullable();
    table.text('payload').notNullable();
    table.primary(['entity_ref', 'kind']);
  });
  await knex.schema.dropTable('mlops_evidence_reports');
  await knex.schema.alterTable('mlops_entities', table => {
    table.dropColumn('data_classification');
    table.dropColumn('reports');
  });
};
