// @ts-check

/**
 * Model governance: who may approve an entity's model versions (the `aidlc.io/model-approvers` refs,
 * else its owner), kept with the other catalog facts that permission rules look at, stored as
 * `,ref1,ref2,` so a rule's SQL can look for one ref; and, for the model catalog, the versions of each
 * group that serve and whether one of them is not approved.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_entities', table => {
    table.text('approvers').notNullable().defaultTo('');
  });
  await knex.schema.alterTable('mlops_model_groups', table => {
    table.text('served_versions').notNullable().defaultTo('[]');
    table.boolean('serves_unapproved').notNullable().defaultTo(false);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('mlops_entities', table => {
    table.dropColumn('approvers');
  });
  await knex.schema.alterTable('mlops_model_groups', table => {
    table.dropColumn('served_versions');
    table.dropColumn('serves_unapproved');
  });
};
