// @ts-check

/**
 * The endpoints that serve each model group (with the request schema of the API in front, when
 * known), for the catalog's model-server and API entities. Filled by the next refresh.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_model_groups', table => {
    table
      .text('serving_endpoints')
      .notNullable()
      .defaultTo('[]')
      .comment('JSON: the endpoints that serve the group, with their API');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('mlops_model_groups', table => {
    table.dropColumn('serving_endpoints');
  });
};
