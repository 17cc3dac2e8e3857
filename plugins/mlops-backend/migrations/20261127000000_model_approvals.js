// @ts-check

/**
 * Model approvals: who may approve an entity's model versions (the `aidlc.io/model-approvers` refs,
 * else its owner), kept with the other catalog facts that permission rules look at. Stored as
 * `,ref1,ref2,` so a rule's SQL can look for one ref.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_entities', table => {
    table.text('approvers').notNullable().defaultTo('');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('mlops_entities', table => {
    table.dropColumn('approvers');
  });
};
