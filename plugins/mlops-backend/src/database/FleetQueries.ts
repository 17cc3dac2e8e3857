import {
  FleetExportQuery,
  FleetQuery,
  FleetRow,
  ModelCatalogQuery,
  ModelCatalogRow,
  SEVERITIES,
  VERDICTS,
} from '@aidlc/plugin-mlops-common';
import { Knex } from 'knex';
import { DatabaseDeadline } from './DatabaseDeadline';
import { applyEntityFilter, EntityFilter } from './entityFilter';
import { countedPage, Page, sortedRows, sortOf, SortKeys } from './keysetPage';
import { SUMMARY_COLUMNS, summaryOf } from './snapshotRows';

/** The key columns of each order; the last is unique. */
const SORT_KEYS: SortKeys<NonNullable<FleetQuery['orderBy']>> = {
  verdict: {
    columns: ['verdict_rank', 'score', 'entity_ref'],
    types: ['number', 'number', 'string'],
  },
  score: { columns: ['score', 'entity_ref'], types: ['number', 'string'] },
  entityRef: { columns: ['entity_ref'], types: ['string'] },
  owner: { columns: ['owner', 'entity_ref'], types: ['string', 'string'] },
  title: { columns: ['title', 'entity_ref'], types: ['string', 'string'] },
};

/** Scores shown as a trend: the latest refreshes of each entity. */
const TREND_POINTS = 14;

function fleetRowOf(row: any): Omit<FleetRow, 'trend'> {
  const {
    dataClassification: _classification,
    refreshedAt: _refreshedAt,
    error: _error,
    evaluatedAt,
    ...summary
  } = summaryOf(row);
  return {
    ...summary,
    failedChecks: String(row.failed_checks).split(',').filter(Boolean),
    evaluatedAt: evaluatedAt?.toISOString(),
  };
}

/** The fleet-wide reads: the fleet view and its export, and the model catalog. */
export class FleetQueries {
  constructor(
    private readonly db: Knex,
    private readonly deadline: DatabaseDeadline,
  ) {}

  /** The fleet view: filtered, sorted (verdict first by default, ties by entity ref), cursor-paginated. */
  async listFleet(
    query: FleetQuery,
    access: EntityFilter,
  ): Promise<Page<FleetRow>> {
    const { rows, totalItems, nextCursor } = await this.deadline.run(() =>
      countedPage(this.fleet(query, access), {
        sort: sortOf(SORT_KEYS, 'verdict', query),
        select: SUMMARY_COLUMNS,
        limit: query.limit ?? 50,
        cursor: query.cursor,
      }),
    );
    const trends = await this.trends(rows.map(r => r.entity_ref));
    return {
      items: rows.map(row => ({
        ...fleetRowOf(row),
        trend: trends.get(row.entity_ref) ?? [],
      })),
      totalItems,
      nextCursor,
    };
  }

  /** The rows of the export: the fleet view's filters and order, no counts or trends. */
  async exportFleet(
    query: FleetExportQuery,
    access: EntityFilter,
    limit: number,
  ): Promise<Omit<FleetRow, 'trend'>[]> {
    const rows = await this.deadline.run(() =>
      sortedRows(
        this.fleet(query, access),
        sortOf(SORT_KEYS, 'verdict', query),
        SUMMARY_COLUMNS,
        limit,
      ),
    );
    return rows.map(fleetRowOf);
  }

  /** Every model group, by name; `q` matches group name, entity or owner. */
  async listModelGroups(
    query: ModelCatalogQuery,
    access: EntityFilter,
  ): Promise<Page<ModelCatalogRow>> {
    const filtered = this.db('mlops_model_groups').where(builder => {
      applyEntityFilter(this.db, builder, access, 'mlops_model_groups');
      if (query.q) {
        const like = `%${query.q
          .toLocaleLowerCase('en-US')
          .replace(/[\\%_]/g, c => `\\${c}`)}%`;
        builder.where(inner =>
          inner
            .whereRaw(`lower(name) like ? escape '\\'`, [like])
            .orWhereRaw(`lower(entity_ref) like ? escape '\\'`, [like])
            .orWhereRaw(`lower(owner) like ? escape '\\'`, [like]),
        );
      }
    });
    const { rows, totalItems, nextCursor } = await this.deadline.run(() =>
      countedPage(filtered, {
        sort: {
          name: 'name',
          columns: ['name', 'entity_ref', 'arn'],
          types: ['string', 'string', 'string'],
          order: 'asc',
        },
        select: ['*'],
        limit: query.limit ?? 50,
        cursor: query.cursor,
      }),
    );
    const systems = await this.systemsOf(rows.map(row => row.entity_ref));
    return {
      items: rows.map(row => ({
        entityRef: row.entity_ref,
        owner: row.owner,
        system: systems.get(row.entity_ref),
        group: row.name,
        arn: row.arn,
        latestVersion: row.latest_version ?? undefined,
        latestStatus: row.latest_status ?? undefined,
        approvedVersion: row.approved_version ?? undefined,
        servedVersions: JSON.parse(row.served_versions ?? '[]'),
        servesUnapproved: Boolean(row.serves_unapproved),
        servingEndpoints: JSON.parse(row.serving_endpoints ?? '[]'),
        driftStatus: row.drift_status,
      })),
      totalItems,
      nextCursor,
    };
  }

  /** The system of each serving service that has one. */
  private async systemsOf(entityRefs: string[]): Promise<Map<string, string>> {
    if (entityRefs.length === 0) return new Map();
    const rows = await this.deadline.run(() =>
      this.db('mlops_entities')
        .select('entity_ref', 'system')
        .whereIn('entity_ref', [...new Set(entityRefs)])
        .whereNotNull('system'),
    );
    return new Map(rows.map(row => [row.entity_ref, row.system]));
  }

  private fleet(
    query: FleetExportQuery,
    access: EntityFilter,
  ): Knex.QueryBuilder {
    return this.db('mlops_entities').where(builder => {
      applyEntityFilter(this.db, builder, access);
      if (query.owner) builder.where('owner', query.owner);
      if (query.system) builder.where('system', query.system);
      if (query.verdict) {
        builder.where('verdict_rank', VERDICTS.indexOf(query.verdict));
      }
      if (query.check) {
        builder.where('failed_checks', 'like', `%,${query.check},%`);
      }
      if (query.severity) {
        const worse = SEVERITIES.slice(
          0,
          SEVERITIES.indexOf(query.severity) + 1,
        );
        builder.where(inner => {
          for (const severity of worse)
            inner.orWhere(`failed_${severity}`, '>', 0);
        });
      }
    });
  }

  /**
   * The latest scores of each entity, oldest first. One index-ordered LIMIT per entity, joined by
   * UNION ALL: the cost follows the page, not the history kept (a window over all of an entity's rows
   * grew with every refresh). Chunks stay under SQLite's 500 terms of a compound SELECT.
   */
  private async trends(entityRefs: string[]): Promise<Map<string, number[]>> {
    const trends = new Map<string, number[]>();
    for (let i = 0; i < entityRefs.length; i += 200) {
      const latest = entityRefs.slice(i, i + 200).map(ref =>
        this.db.select('*').from(
          this.db('mlops_history')
            .select('entity_ref', 'score', 'recorded_at', 'id')
            .where('entity_ref', ref)
            .orderBy([
              { column: 'recorded_at', order: 'desc' },
              { column: 'id', order: 'desc' },
            ])
            .limit(TREND_POINTS)
            .as('latest'),
        ),
      );
      const rows = await this.deadline.run(() =>
        latest.length === 1 ? latest[0] : latest[0].unionAll(latest.slice(1)),
      );
      // Oldest first; UNION ALL promises no order of its own
      const time = (row: any) => new Date(row.recorded_at).getTime();
      rows.sort(
        (a: any, b: any) =>
          a.entity_ref.localeCompare(b.entity_ref) ||
          time(a) - time(b) ||
          Number(a.id) - Number(b.id),
      );
      for (const row of rows) {
        trends.set(row.entity_ref, [
          ...(trends.get(row.entity_ref) ?? []),
          row.score,
        ]);
      }
    }
    return trends;
  }
}
