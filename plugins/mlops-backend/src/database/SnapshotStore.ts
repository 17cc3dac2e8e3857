import { ReportSummary, VERDICTS } from '@aidlc/plugin-mlops-common';
import { Knex } from 'knex';
import { DatabaseDeadline } from './DatabaseDeadline';
import {
  EntityFacts,
  EntitySnapshot,
  SnapshotPart,
  SnapshotSummary,
} from './EntitySnapshot';
import {
  factColumns,
  stageColumns,
  SUMMARY_COLUMNS,
  summaryOf,
  toDate,
} from './snapshotRows';
import { modelGroupRows } from './modelGroupRows';

/**
 * The latest snapshot of each ML entity with its model groups and score history, the manual refresh
 * claims and the fleet generation. Writes of one entity run in its `entityTransaction` (pass `tx`).
 */
export class SnapshotStore {
  constructor(
    private readonly db: Knex,
    private readonly deadline: DatabaseDeadline,
  ) {}

  /** Stores a successful evaluation: the snapshot, its model groups and this minute's history row. */
  async saveSnapshot(tx: Knex.Transaction, snapshot: EntitySnapshot) {
    const { failed, entityRef } = snapshot;
    const evaluatedAt = snapshot.evaluatedAt ?? new Date();
    await tx('mlops_entities')
      .insert({
        entity_ref: entityRef,
        ...factColumns(snapshot),
        refreshed_at: snapshot.refreshedAt ?? null,
        evaluated_at: evaluatedAt,
        stale: snapshot.stale,
        stale_told: false,
        error: snapshot.error ?? null,
        verdict_rank: VERDICTS.indexOf(snapshot.verdict),
        score: snapshot.score,
        failed_critical: failed.critical,
        failed_high: failed.high,
        failed_medium: failed.medium,
        failed_low: failed.low,
        missing_evidence: snapshot.missingEvidence,
        failed_checks: `,${snapshot.checks
          .filter(c => c.status === 'fail')
          .map(c => c.id)
          .join(',')},`,
        drift_status: snapshot.driftStatus,
        models: JSON.stringify(snapshot.models),
        endpoints: JSON.stringify(snapshot.endpoints),
        checks: JSON.stringify(snapshot.checks),
        evidence: JSON.stringify(snapshot.evidence),
        reports: JSON.stringify(snapshot.reports),
        ...stageColumns(snapshot.stages),
      })
      .onConflict('entity_ref')
      .merge();
    await tx('mlops_model_groups').where('entity_ref', entityRef).delete();
    const groups = modelGroupRows(entityRef, snapshot);
    if (groups.length > 0) await tx('mlops_model_groups').insert(groups);
    // One point of the trend per minute: a burst of refreshes or evidence posts replaces it.
    const minute = new Date(
      Math.floor(evaluatedAt.getTime() / 60_000) * 60_000,
    );
    await tx('mlops_history')
      .where('entity_ref', entityRef)
      .where('recorded_at', '>=', minute)
      .delete();
    await tx('mlops_history').insert({
      entity_ref: entityRef,
      recorded_at: evaluatedAt,
      score: snapshot.score,
      failed_critical: failed.critical,
      failed_high: failed.high,
      failed_medium: failed.medium,
      failed_low: failed.low,
      drift_status: snapshot.driftStatus,
    });
  }

  /**
   * Records a failed refresh: the last good data stays, marked stale with the error. An entity seen
   * for the first time gets an empty snapshot that carries the error.
   */
  /**
   * Whether to tell the owners that the entity's data has not been read since `readBefore`: true
   * once per outage, whichever replica asks first (a good read starts a new one).
   */
  async claimStaleNotice(entityRef: string, readBefore: Date) {
    const claimed = await this.deadline.run(() =>
      this.db('mlops_entities')
        .where({ entity_ref: entityRef, stale: true, stale_told: false })
        .where('refreshed_at', '<=', readBefore)
        .update({ stale_told: true }),
    );
    return claimed > 0;
  }

  async markStale(facts: EntityFacts, error: string): Promise<void> {
    await this.deadline.run(() =>
      this.db('mlops_entities')
        .insert({
          entity_ref: facts.entityRef,
          ...factColumns(facts),
          stale: true,
          error,
        })
        .onConflict('entity_ref')
        .merge([
          'stale',
          'error',
          'title',
          'owner',
          'system',
          'data_classification',
        ]),
    );
  }

  async getSnapshot(
    entityRef: string,
    tx: Knex = this.db,
  ): Promise<EntitySnapshot | undefined> {
    const row = await this.deadline.run(() =>
      tx('mlops_entities').where('entity_ref', entityRef).first(),
    );
    if (!row) return undefined;
    return {
      ...summaryOf(row),
      models: JSON.parse(row.models),
      endpoints: JSON.parse(row.endpoints),
      checks: JSON.parse(row.checks),
      evidence: JSON.parse(row.evidence),
      reports: JSON.parse(row.reports),
      stages: JSON.parse(row.lifecycle),
    };
  }

  /**
   * The summary of a snapshot and some of its parts as the JSON text they are stored as. Entity
   * routes send the text as it is: parsing and serializing it again is most of their cost.
   */
  async getSnapshotParts(
    entityRef: string,
    parts: SnapshotPart[],
    tx: Knex = this.db,
  ): Promise<
    | {
        summary: SnapshotSummary;
        json: Partial<Record<SnapshotPart, string>>;
        reports: ReportSummary[];
      }
    | undefined
  > {
    const row = await this.deadline.run(() =>
      tx('mlops_entities')
        .where('entity_ref', entityRef)
        .first([...SUMMARY_COLUMNS, 'reports', ...parts]),
    );
    return (
      row && {
        summary: summaryOf(row),
        json: Object.fromEntries(parts.map(part => [part, row[part]])),
        reports: JSON.parse(row.reports),
      }
    );
  }

  /**
   * A snapshot's summary, models, endpoints and checks: what an evaluation is compared with to tell
   * owners what changed. The evidence, the largest document, is not read.
   */
  async getState(
    entityRef: string,
    tx: Knex = this.db,
  ): Promise<
    | (SnapshotSummary &
        Pick<EntitySnapshot, 'models' | 'endpoints' | 'checks'>)
    | undefined
  > {
    const stored = await this.getSnapshotParts(
      entityRef,
      ['models', 'endpoints', 'checks'],
      tx,
    );
    return (
      stored && {
        ...stored.summary,
        models: JSON.parse(stored.json.models!),
        endpoints: JSON.parse(stored.json.endpoints!),
        checks: JSON.parse(stored.json.checks!),
      }
    );
  }

  /**
   * The summaries of the entities, in the order of `entityRefs`: what permission rules look at, and
   * the freshness a refresh reports, without reading the large documents.
   */
  async getSummaries(
    entityRefs: string[],
  ): Promise<(SnapshotSummary | undefined)[]> {
    const rows = await this.deadline.run(() =>
      this.db('mlops_entities')
        .whereIn('entity_ref', entityRefs)
        .select(SUMMARY_COLUMNS),
    );
    const byRef = new Map(rows.map(row => [row.entity_ref, summaryOf(row)]));
    return entityRefs.map(ref => byRef.get(ref));
  }

  /** Forgets entities that left the catalog (or lost their annotations), with all they left behind. */
  async removeEntitiesExcept(entityRefs: string[]): Promise<number> {
    const kept = new Set(entityRefs);
    const gone = (
      await this.deadline.run(() =>
        this.db('mlops_entities').select('entity_ref'),
      )
    )
      .map(r => r.entity_ref as string)
      .filter(ref => !kept.has(ref));
    for (const table of [
      'mlops_model_groups',
      'mlops_history',
      'mlops_evidence_reports',
      'mlops_refresh_requests',
      'mlops_entities',
    ]) {
      for (let i = 0; i < gone.length; i += 500) {
        const chunk = gone.slice(i, i + 500);
        await this.deadline.run(() =>
          this.db(table).whereIn('entity_ref', chunk).delete(),
        );
      }
    }
    return gone.length;
  }

  /**
   * Deletes history older than `olderThan`, a batch per statement: a backlog (after downtime, or a
   * shorter retention) of millions of rows would outlast the database deadline in one statement, and
   * fail again on every refresh. At most `maxBatches` per call; the next refresh goes on.
   */
  async pruneHistory(
    olderThan: Date,
    { batchSize = 10_000, maxBatches = 500 } = {},
  ): Promise<number> {
    let deleted = 0;
    for (let batch = 0; batch < maxBatches; batch++) {
      const count = await this.deadline.run(() =>
        this.db('mlops_history')
          .whereIn(
            'id',
            this.db('mlops_history')
              .select('id')
              .where('recorded_at', '<', olderThan)
              .limit(batchSize),
          )
          .delete(),
      );
      deleted += count;
      if (count < batchSize) break;
    }
    return deleted;
  }

  /**
   * Claims the entity's manual refresh, at most one per `intervalMs` whichever replica is asked.
   * @returns the seconds until the next claim can succeed, or 0 when this one did
   */
  async claimManualRefresh(
    entityRef: string,
    now: Date,
    intervalMs: number,
  ): Promise<number> {
    const since = new Date(now.getTime() - intervalMs);
    return this.deadline.run(() =>
      this.db.transaction(async tx => {
        const claimed = await tx('mlops_refresh_requests')
          .insert({ entity_ref: entityRef, requested_at: now })
          .onConflict('entity_ref')
          .merge()
          .where('mlops_refresh_requests.requested_at', '<=', since)
          .returning('requested_at');
        if (claimed.length > 0) return 0;
        const row = await tx('mlops_refresh_requests')
          .where('entity_ref', entityRef)
          .first('requested_at');
        const next = toDate(row.requested_at)!.getTime() + intervalMs;
        return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
      }),
    );
  }

  /** The number of the stored fleet's current state; cached fleet answers are keyed by it. */
  async fleetGeneration(): Promise<string> {
    const row = await this.deadline.run(() =>
      this.db('mlops_fleet_generation').where('id', 1).first('generation'),
    );
    return String(row?.generation ?? 0);
  }

  /** Called after the stored fleet changed: every replica computes fleet answers again. */
  async bumpFleetGeneration(): Promise<void> {
    await this.deadline.run(() =>
      this.db('mlops_fleet_generation')
        .where('id', 1)
        .increment('generation', 1),
    );
  }
}
