import {
  FailedCounts,
  FleetQuery,
  FleetRow,
  ModelCatalogRow,
  OwnerSummary,
  SEVERITIES,
  SubmittedEvidence,
} from '@aidlc/plugin-mlops-common';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { EntityFacts, EntitySnapshot } from './EntitySnapshot';
import { decodeCursor, encodeCursor } from './pageCursor';

const migrationsDir = resolvePackagePath(
  '@aidlc/plugin-mlops-backend',
  'migrations',
);

/** Rows of a page, how many match the filters, and the cursor of the next page. */
export interface Page<T> {
  items: T[];
  totalItems: number;
  nextCursor?: string;
}

/** Limits the results to the entities a caller may read; `undefined` means all. */
export type VisibleRefs = string[] | undefined;

const SORT_COLUMNS = {
  score: 'score',
  entityRef: 'entity_ref',
  owner: 'owner',
  title: 'title',
} as const;

/** Columns of the fleet view: everything but the large JSON documents. */
const FLEET_COLUMNS = [
  'entity_ref',
  'title',
  'owner',
  'system',
  'profile',
  'score',
  'failed_critical',
  'failed_high',
  'failed_medium',
  'failed_low',
  'failed_checks',
  'drift_status',
  'evaluated_at',
  'stale',
];

/** The parts of a snapshot that entity routes serve. */
export type SnapshotPart = 'models' | 'endpoints' | 'checks';

/** Scores shown as a trend: the latest refreshes of each entity. */
const TREND_POINTS = 14;

function toDate(value: unknown): Date | undefined {
  if (value === null || value === undefined) return undefined;
  return value instanceof Date ? value : new Date(value as string | number);
}

function failedOf(row: Record<string, number>): FailedCounts {
  return {
    critical: row.failed_critical,
    high: row.failed_high,
    medium: row.failed_medium,
    low: row.failed_low,
  };
}

/** Everything of a stored snapshot but its JSON documents. */
function snapshotFactsOf(
  row: any,
): Omit<EntitySnapshot, SnapshotPart | 'evidence'> {
  return {
    entityRef: row.entity_ref,
    title: row.title,
    owner: row.owner,
    system: row.system ?? undefined,
    profile: row.profile,
    refreshedAt: toDate(row.refreshed_at),
    evaluatedAt: toDate(row.evaluated_at),
    stale: Boolean(row.stale),
    error: row.error ?? undefined,
    score: row.score,
    failed: failedOf(row),
    driftStatus: row.drift_status,
  };
}

/** The mlops plugin's database: snapshots, history, model groups and submitted evidence. */
export class MlopsStore {
  static async create(database: DatabaseService): Promise<MlopsStore> {
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new MlopsStore(client);
  }

  constructor(private readonly db: Knex) {}

  /** Stores a successful refresh: the snapshot, its model groups and a history row. */
  async saveSnapshot(snapshot: EntitySnapshot): Promise<void> {
    const { failed } = snapshot;
    await this.db.transaction(async tx => {
      await tx('mlops_entities')
        .insert({
          entity_ref: snapshot.entityRef,
          title: snapshot.title,
          owner: snapshot.owner,
          system: snapshot.system ?? null,
          profile: snapshot.profile,
          refreshed_at: snapshot.refreshedAt ?? null,
          evaluated_at: snapshot.evaluatedAt ?? null,
          stale: snapshot.stale,
          error: snapshot.error ?? null,
          score: snapshot.score,
          failed_critical: failed.critical,
          failed_high: failed.high,
          failed_medium: failed.medium,
          failed_low: failed.low,
          failed_checks: `,${snapshot.checks
            .filter(c => c.status === 'fail')
            .map(c => c.id)
            .join(',')},`,
          drift_status: snapshot.driftStatus,
          models: JSON.stringify(snapshot.models),
          endpoints: JSON.stringify(snapshot.endpoints),
          checks: JSON.stringify(snapshot.checks),
          evidence: JSON.stringify(snapshot.evidence),
        })
        .onConflict('entity_ref')
        .merge();
      await tx('mlops_model_groups')
        .where('entity_ref', snapshot.entityRef)
        .delete();
      const groups = snapshot.models.map(group => {
        const latest = group.versions[0];
        const approved = group.versions.find(
          v => v.approvalStatus === 'Approved',
        );
        return {
          entity_ref: snapshot.entityRef,
          arn: group.arn,
          name: group.name,
          owner: snapshot.owner,
          latest_version: latest?.version ?? null,
          latest_status: latest?.approvalStatus ?? null,
          approved_version: approved?.version ?? null,
          drift_status: snapshot.driftStatus,
        };
      });
      if (groups.length > 0) await tx('mlops_model_groups').insert(groups);
      await tx('mlops_history').insert({
        entity_ref: snapshot.entityRef,
        recorded_at: snapshot.evaluatedAt ?? new Date(),
        score: snapshot.score,
        failed_critical: failed.critical,
        failed_high: failed.high,
        failed_medium: failed.medium,
        failed_low: failed.low,
        drift_status: snapshot.driftStatus,
      });
    });
  }

  /**
   * Records a failed refresh: the last good data stays, marked stale with the error. An entity
   * seen for the first time gets an empty snapshot that carries the error.
   */
  async markStale(facts: EntityFacts, error: string): Promise<void> {
    const updated = await this.db('mlops_entities')
      .where('entity_ref', facts.entityRef)
      .update({
        stale: true,
        error,
        title: facts.title,
        owner: facts.owner,
        system: facts.system ?? null,
      });
    if (updated === 0) {
      await this.db('mlops_entities')
        .insert({
          entity_ref: facts.entityRef,
          title: facts.title,
          owner: facts.owner,
          system: facts.system ?? null,
          profile: facts.profile,
          stale: true,
          error,
        })
        .onConflict('entity_ref')
        .merge(['stale', 'error']);
    }
  }

  async getSnapshot(entityRef: string): Promise<EntitySnapshot | undefined> {
    const row = await this.db('mlops_entities')
      .where('entity_ref', entityRef)
      .first();
    if (!row) return undefined;
    return {
      ...snapshotFactsOf(row),
      models: JSON.parse(row.models),
      endpoints: JSON.parse(row.endpoints),
      checks: JSON.parse(row.checks),
      evidence: JSON.parse(row.evidence),
    };
  }

  /**
   * One part of a snapshot as the JSON text it is stored as, with the small fields beside it.
   * Entity routes send the text as it is: parsing and serializing it again is most of their cost.
   */
  async getSnapshotPart(
    entityRef: string,
    part: SnapshotPart,
  ): Promise<
    | { facts: Omit<EntitySnapshot, SnapshotPart | 'evidence'>; json: string }
    | undefined
  > {
    const row = await this.db('mlops_entities')
      .where('entity_ref', entityRef)
      .first([...FLEET_COLUMNS, 'refreshed_at', 'error', part]);
    if (!row) return undefined;
    return { facts: snapshotFactsOf(row), json: row[part] };
  }

  /** Forgets entities that left the catalog (or lost their annotations). */
  async removeEntitiesExcept(entityRefs: string[]): Promise<number> {
    const kept = new Set(entityRefs);
    const gone = (await this.db('mlops_entities').select('entity_ref'))
      .map(r => r.entity_ref as string)
      .filter(ref => !kept.has(ref));
    for (const table of [
      'mlops_model_groups',
      'mlops_history',
      'mlops_entities',
    ]) {
      await this.db(table).whereIn('entity_ref', gone).delete();
    }
    return gone.length;
  }

  async pruneHistory(olderThan: Date): Promise<void> {
    await this.db('mlops_history')
      .where('recorded_at', '<', olderThan)
      .delete();
  }

  /** The fleet view: filtered, sorted by one column (ties by entity ref), cursor-paginated. */
  async listFleet(
    query: FleetQuery,
    visible: VisibleRefs,
  ): Promise<Page<FleetRow>> {
    const column = SORT_COLUMNS[query.orderBy ?? 'score'];
    const order = query.order ?? 'asc';
    const limit = query.limit ?? 50;
    const sort = `${column}:${order}`;

    const filtered = this.db('mlops_entities').where(builder => {
      if (visible) builder.whereIn('entity_ref', visible);
      if (query.owner) builder.where('owner', query.owner);
      if (query.system) builder.where('system', query.system);
      if (query.check)
        builder.where('failed_checks', 'like', `%,${query.check},%`);
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

    const [{ count }] = await filtered.clone().count({ count: '*' });
    const page = filtered
      .clone()
      .select(FLEET_COLUMNS)
      .orderBy([
        { column, order },
        { column: 'entity_ref', order },
      ])
      .limit(limit + 1);
    if (query.cursor) {
      const key = decodeCursor(query.cursor, sort, 2);
      page.whereRaw(`(??, ??) ${order === 'asc' ? '>' : '<'} (?, ?)`, [
        column,
        'entity_ref',
        ...(key as (string | number)[]),
      ]);
    }
    const rows = await page;
    const more = rows.length > limit;
    const items = rows.slice(0, limit);
    const trends = await this.trends(items.map(r => r.entity_ref));
    const last = items[items.length - 1];
    return {
      items: items.map(row => ({
        entityRef: row.entity_ref,
        title: row.title,
        owner: row.owner,
        system: row.system ?? undefined,
        profile: row.profile,
        score: row.score,
        failed: failedOf(row),
        failedChecks: (row.failed_checks as string).split(',').filter(Boolean),
        driftStatus: row.drift_status,
        evaluatedAt: toDate(row.evaluated_at)?.toISOString(),
        stale: Boolean(row.stale),
        trend: trends.get(row.entity_ref) ?? [],
      })),
      totalItems: Number(count),
      nextCursor: more
        ? encodeCursor(sort, [last[column], last.entity_ref])
        : undefined,
    };
  }

  /** The latest scores of each entity, oldest first. */
  private async trends(entityRefs: string[]): Promise<Map<string, number[]>> {
    const trends = new Map<string, number[]>();
    if (entityRefs.length === 0) return trends;
    const ranked = this.db('mlops_history')
      .select('entity_ref', 'score', 'recorded_at')
      .select(
        this.db.raw(
          'row_number() over (partition by entity_ref order by recorded_at desc, id desc) as n',
        ),
      )
      .whereIn('entity_ref', entityRefs)
      .as('ranked');
    const rows = await this.db
      .from(ranked)
      .where('n', '<=', TREND_POINTS)
      .orderBy([{ column: 'entity_ref' }, { column: 'n', order: 'desc' }]);
    for (const row of rows) {
      trends.set(row.entity_ref, [
        ...(trends.get(row.entity_ref) ?? []),
        row.score,
      ]);
    }
    return trends;
  }

  /** The platform team's view: services, failing services and failures per owner. */
  async summarizeOwners(visible: VisibleRefs): Promise<OwnerSummary[]> {
    const failing =
      'failed_critical + failed_high + failed_medium + failed_low > 0';
    const rows = await this.db('mlops_entities')
      .modify(builder => {
        if (visible) builder.whereIn('entity_ref', visible);
      })
      .select('owner')
      .count({ services: '*' })
      .select(
        this.db.raw(`sum(case when ${failing} then 1 else 0 end) as failing`),
      )
      .avg({ average: 'score' })
      .sum({
        critical: 'failed_critical',
        high: 'failed_high',
        medium: 'failed_medium',
        low: 'failed_low',
      })
      .groupBy('owner')
      .orderBy('failing', 'desc')
      .orderBy('owner');
    return rows.map((row: any) => ({
      owner: row.owner,
      services: Number(row.services),
      failingServices: Number(row.failing),
      averageScore: Math.round(Number(row.average)),
      failed: {
        critical: Number(row.critical),
        high: Number(row.high),
        medium: Number(row.medium),
        low: Number(row.low),
      },
    }));
  }

  /** Every model group, by name; `q` matches group name, entity or owner. */
  async listModelGroups(
    query: { q?: string; limit?: number; cursor?: string },
    visible: VisibleRefs,
  ): Promise<Page<ModelCatalogRow>> {
    const limit = query.limit ?? 50;
    const filtered = this.db('mlops_model_groups').where(builder => {
      if (visible) builder.whereIn('entity_ref', visible);
      if (query.q) {
        const like = `%${query.q
          .toLowerCase()
          .replace(/[\\%_]/g, c => `\\${c}`)}%`;
        builder.where(inner =>
          inner
            .whereRaw(`lower(name) like ? escape '\\'`, [like])
            .orWhereRaw(`lower(entity_ref) like ? escape '\\'`, [like])
            .orWhereRaw(`lower(owner) like ? escape '\\'`, [like]),
        );
      }
    });
    const [{ count }] = await filtered.clone().count({ count: '*' });
    const page = filtered
      .clone()
      .select('*')
      .orderBy(['name', 'entity_ref', 'arn'])
      .limit(limit + 1);
    if (query.cursor) {
      page.whereRaw(
        '(name, entity_ref, arn) > (?, ?, ?)',
        decodeCursor(query.cursor, 'name', 3) as string[],
      );
    }
    const rows = await page;
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(row => ({
        entityRef: row.entity_ref,
        owner: row.owner,
        group: row.name,
        arn: row.arn,
        latestVersion: row.latest_version ?? undefined,
        latestStatus: row.latest_status ?? undefined,
        approvedVersion: row.approved_version ?? undefined,
        driftStatus: row.drift_status,
      })),
      totalItems: Number(count),
      nextCursor:
        rows.length > limit
          ? encodeCursor('name', [last.name, last.entity_ref, last.arn])
          : undefined,
    };
  }

  async saveSubmittedEvidence(options: {
    entityRef: string;
    kind: string;
    submittedBy: string;
    submittedAt: Date;
    payload: unknown;
  }): Promise<void> {
    await this.db('mlops_submitted_evidence')
      .insert({
        entity_ref: options.entityRef,
        kind: options.kind,
        submitted_by: options.submittedBy,
        submitted_at: options.submittedAt,
        payload: JSON.stringify(options.payload),
      })
      .onConflict(['entity_ref', 'kind'])
      .merge();
  }

  /** The latest report of each kind that the entity's pipeline submitted. */
  async getSubmittedEvidence(entityRef: string): Promise<SubmittedEvidence> {
    const rows = await this.db('mlops_submitted_evidence').where(
      'entity_ref',
      entityRef,
    );
    const submitted: SubmittedEvidence = {};
    for (const row of rows) {
      const report = {
        ...JSON.parse(row.payload),
        submittedAt: toDate(row.submitted_at)!.toISOString(),
      };
      if (row.kind === 'policy-gate') submitted.policyGate = report;
      if (row.kind === 'container-scan') submitted.containerScan = report;
    }
    return submitted;
  }
}
