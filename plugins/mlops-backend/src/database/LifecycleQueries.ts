import {
  LifecycleExportQuery,
  LifecycleQuery,
  LifecycleRow,
} from '@aidlc/plugin-mlops-common';
import { InputError } from '@backstage/errors';
import { Knex } from 'knex';
import { DatabaseDeadline } from './DatabaseDeadline';
import { applyEntityFilter, EntityFilter } from './entityFilter';
import { countedPage, Page, sortedRows, sortOf, SortKeys } from './keysetPage';
import { STAGE_COLUMNS, stageStatusesOf, toDate } from './snapshotRows';

const COLUMNS = [
  'entity_ref',
  'title',
  'owner',
  'system',
  'evaluated_at',
  'stale',
  'stages_in_place',
  ...STAGE_COLUMNS,
];

/** The key columns of each order; the last is unique. */
const SORT_KEYS: SortKeys<NonNullable<LifecycleQuery['orderBy']>> = {
  progress: {
    columns: ['stages_in_place', 'entity_ref'],
    types: ['number', 'string'],
  },
  entityRef: { columns: ['entity_ref'], types: ['string'] },
  owner: { columns: ['owner', 'entity_ref'], types: ['string', 'string'] },
  title: { columns: ['title', 'entity_ref'], types: ['string', 'string'] },
};

function lifecycleRowOf(row: any): LifecycleRow {
  return {
    entityRef: row.entity_ref,
    title: row.title,
    owner: row.owner,
    ...(row.system ? { system: row.system } : {}),
    stages: stageStatusesOf(row),
    inPlace: Number(row.stages_in_place),
    evaluatedAt: toDate(row.evaluated_at)?.toISOString(),
    stale: Boolean(row.stale),
  };
}

/** The fleet lifecycle view: services by stage status, filtered, sorted and paginated like the fleet. */
export class LifecycleQueries {
  constructor(
    private readonly db: Knex,
    private readonly deadline: DatabaseDeadline,
  ) {}

  async listLifecycle(
    query: LifecycleQuery,
    access: EntityFilter,
  ): Promise<Page<LifecycleRow>> {
    const filtered = this.filtered(query, access);
    const { rows, totalItems, nextCursor } = await this.deadline.run(() =>
      countedPage(filtered, {
        sort: sortOf(SORT_KEYS, 'progress', query),
        select: COLUMNS,
        limit: query.limit ?? 50,
        cursor: query.cursor,
      }),
    );
    return { items: rows.map(lifecycleRowOf), totalItems, nextCursor };
  }

  async exportLifecycle(
    query: LifecycleExportQuery,
    access: EntityFilter,
    limit: number,
  ): Promise<LifecycleRow[]> {
    const filtered = this.filtered(query, access);
    const rows = await this.deadline.run(() =>
      sortedRows(
        filtered,
        sortOf(SORT_KEYS, 'progress', query),
        COLUMNS,
        limit,
      ),
    );
    return rows.map(lifecycleRowOf);
  }

  /** @throws InputError when only one of `stage` and `stageStatus` is given */
  private filtered(
    query: LifecycleExportQuery,
    access: EntityFilter,
  ): Knex.QueryBuilder {
    if (Boolean(query.stage) !== Boolean(query.stageStatus)) {
      throw new InputError(
        'stage and stageStatus filter together: give both or neither',
      );
    }
    return this.db('mlops_entities').where(builder => {
      applyEntityFilter(this.db, builder, access);
      if (query.owner) builder.where('owner', query.owner);
      if (query.system) builder.where('system', query.system);
      if (query.stage && query.stageStatus) {
        builder.where(`stage_${query.stage}`, query.stageStatus);
      }
    });
  }
}
