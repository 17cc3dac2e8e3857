import {
  MlopsEntityFilter,
  MlopsEntityProperty,
} from '@aidlc/plugin-mlops-node';
import {
  isAndCriteria,
  isNotCriteria,
  isOrCriteria,
} from '@backstage/plugin-permission-node';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';

/**
 * Which entities a caller may see in fleet views: all of them, none, or those matching the
 * conditions of a conditional permission decision (turned into SQL, so paging and counts stay right).
 */
export type EntityFilter =
  | { all: true }
  | { none: true }
  | { where: PermissionCriteria<MlopsEntityFilter> };

const COLUMNS: Record<MlopsEntityProperty, string> = {
  owner: 'owner',
  system: 'system',
  profile: 'profile',
  dataClassification: 'data_classification',
  approvers: 'approvers',
};

function applyCriteria(
  builder: Knex.QueryBuilder,
  criteria: PermissionCriteria<MlopsEntityFilter>,
  table: string,
): void {
  if (isAndCriteria(criteria)) {
    builder.where(inner => {
      for (const c of criteria.allOf)
        inner.andWhere(b => applyCriteria(b, c, table));
    });
  } else if (isOrCriteria(criteria)) {
    builder.where(inner => {
      for (const c of criteria.anyOf)
        inner.orWhere(b => applyCriteria(b, c, table));
    });
  } else if (isNotCriteria(criteria)) {
    builder.whereNot(inner => applyCriteria(inner, criteria.not, table));
  } else if (criteria.property === 'approvers') {
    // Stored as `,ref1,ref2,`: one of the values stands between commas.
    const column = `${table}.approvers`;
    builder.where(inner => {
      for (const value of criteria.values)
        inner.orWhere(column, 'like', `%,${value.replace(/[\\%_]/g, '')},%`);
      if (criteria.values.length === 0) inner.whereRaw('1 = 0');
    });
  } else {
    const column = `${table}.${COLUMNS[criteria.property]}`;
    // `not` of a rule must also hold for entities without the property (no system, say).
    builder.where(inner =>
      inner.whereIn(column, criteria.values).whereNotNull(column),
    );
  }
}

/** Limits a query on `table` (or on rows with its `entity_ref`) to the entities the filter lets through. */
export function applyEntityFilter(
  db: Knex,
  builder: Knex.QueryBuilder,
  filter: EntityFilter,
  table = 'mlops_entities',
): void {
  if ('all' in filter) return;
  if ('none' in filter) {
    builder.whereRaw('1 = 0');
  } else if (table === 'mlops_entities') {
    builder.where(inner => applyCriteria(inner, filter.where, table));
  } else {
    builder.whereIn(
      `${table}.entity_ref`,
      db('mlops_entities')
        .select('entity_ref')
        .where(inner => applyCriteria(inner, filter.where, 'mlops_entities')),
    );
  }
}
