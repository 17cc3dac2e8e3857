// @ts-check

/**
 * Model governance: who may approve an entity's model versions (the `aidlc.io/model-approvers` refs,
 * else its owner), kept with the other catalog facts that permission rules look at, stored as
 * `,ref1,ref2,` so a rule's SQL can look for one ref; and, for the model catalog, the versions of each
 * group that serve and whether one of them is not approved; and whether the owners were told of data
 * left unread for a day (once per outage).
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('mlops_entities', table => {
    table.text('approvers').notNullable().defaultTo('');
    table
      .boolean('stale_told')
      .notNullable()
      .defaultTo(false)
      .comment(
        'Whether the owners were told that the data has not been read for a day',
      );
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
    table.dropColumn('stale_told');
  });
  await knex.schema.alterTable('mlops_model_groups', table => {
    table.dropColumn('served_versions');
    table.dropColumn('serves_unapproved');
  });
};
