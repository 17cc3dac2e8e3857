import {
  MlopsSource,
  MlopsTarget,
  SourceReading,
  readMlopsTarget,
} from '@aidlc/plugin-mlops-node';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { toError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import pLimit from 'p-limit';
import { LifecycleEngine } from '../lifecycle/LifecycleEngine';
import { ComplianceEngine } from '../compliance/ComplianceEngine';
import { EntityFacts } from '../database/EntitySnapshot';
import { EvidenceReport } from '../database/EvidenceStore';
import { MlopsDatabase } from '../database/MlopsDatabase';
import { annotatedEntitiesFilter } from './annotatedEntitiesFilter';
import { EntityState } from '../notifications/changeNotifications';
import { EntityNotifier } from '../notifications/EntityNotifier';
import { readSources } from './readSources';
import { snapshotOf } from './snapshotOf';
import { entityFacts } from './entityFacts';
import { markStale } from './markStale';

export interface RefreshOptions {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  database: MlopsDatabase;
  engine: ComplianceEngine;
  lifecycle: LifecycleEngine;
  sources: MlopsSource[];
  /** How many entities are evaluated and stored at once */
  concurrency: number;
  /** How many entities are read from the sources together (default: all) */
  batchSize?: number;
  historyRetentionMs: number;
  evidenceRetentionMs: number;
  /** How far back sources read drift series */
  driftLookbackMs: number;
  /** How long a refresh may run (the schedule's timeout): a refresh a person waits for too */
  refreshTimeoutMs: number;
  /** Tells owners what changed; none: nobody is told */
  notifier?: EntityNotifier;
}

/** Why an entity was not stored when the scheduler stopped the refresh. */
const STOPPED = new Error(
  'The refresh was stopped when it ran past mlops.schedule.timeout; the next one tries again',
);

/** What a refresh did to one entity. */
export interface RefreshResult {
  entityRef: string;
  error?: string;
}

const ENTITY_FIELDS = ['kind', 'metadata', 'spec.owner', 'spec.system'];

/**
 * Reads the annotated entities from the catalog, asks every source about them in one batch,
 * evaluates the compliance checks and stores the results. A failure of any kind for one entity (bad
 * annotation, source error, storage error) marks only that entity stale with a readable message; its
 * last good data stays, and the cycle's departures, pruning and summary always run.
 */
export class RefreshService {
  constructor(private readonly options: RefreshOptions) {}

  async refreshAll(signal?: AbortSignal): Promise<RefreshResult[]> {
    const { catalog, auth, logger } = this.options;
    const { items } = await catalog.getEntities(
      { filter: annotatedEntitiesFilter, fields: ENTITY_FIELDS },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    let results: RefreshResult[] = [];
    try {
      results = await this.refreshEntities(items, signal);
    } finally {
      const removed = await this.housekeeping(items).catch(error => {
        logger.error(
          `ML refresh housekeeping failed: ${toError(error).message}`,
        );
        return 0;
      });
      const failed = results.filter(r => r.error).length;
      logger.info(
        `Refreshed ${items.length} ML entities: ${
          results.length - failed
        } ok, ${failed} stale, ${removed} removed`,
      );
    }
    return results;
  }

  /** Reads one entity now, for a person who waits: cut off like a scheduled refresh. */
  async refreshNow(entity: Entity): Promise<RefreshResult> {
    const [result] = await this.refreshEntities(
      [entity],
      AbortSignal.timeout(this.options.refreshTimeoutMs),
    );
    return result;
  }

  async refreshEntities(
    entities: Entity[],
    signal?: AbortSignal,
  ): Promise<RefreshResult[]> {
    const targets: { facts: EntityFacts; target: MlopsTarget }[] = [];
    const failures: { facts: EntityFacts; error: unknown }[] = [];
    for (const entity of entities) {
      let facts: EntityFacts | undefined;
      try {
        facts = entityFacts(entity);
        targets.push({ facts, target: readMlopsTarget(entity) });
      } catch (error) {
        if (facts) failures.push({ facts, error });
        else
          this.options.logger.warn(
            `Skipped an unreadable catalog entity: ${toError(error).message}`,
          );
      }
    }

    // Batch by batch: a source starts every call of its batch at once, so the batch bounds memory
    const limit = pLimit(this.options.concurrency);
    const results: RefreshResult[] = await Promise.all(
      failures.map(({ facts, error }) =>
        limit(() => this.markStale(facts, error)),
      ),
    );
    const batchSize = this.options.batchSize ?? (targets.length || 1);
    for (let i = 0; i < targets.length; i += batchSize) {
      const batch = targets.slice(i, i + batchSize);
      results.push(...(await this.readAndStore(batch, limit, signal)));
    }
    await this.bumpFleetGeneration();
    return results;
  }

  private async readAndStore(
    batch: { facts: EntityFacts; target: MlopsTarget }[],
    limit: ReturnType<typeof pLimit>,
    signal?: AbortSignal,
  ): Promise<RefreshResult[]> {
    const readings = await readSources(
      this.options.sources,
      batch.map(t => t.target),
      { signal, driftLookbackMs: this.options.driftLookbackMs },
    );
    const refreshedAt = new Date();
    return Promise.all(
      batch.map(({ facts, target }) =>
        limit(async (): Promise<RefreshResult> => {
          try {
            signal?.throwIfAborted();
            const reading =
              readings.get(target.entityRef) ??
              new Error(
                `No source has data for this entity (sources: ${this.sourceIds()})`,
              );
            if (reading instanceof Error) throw reading;
            await this.evaluateAndStore(facts, target, reading, refreshedAt);
            return { entityRef: facts.entityRef };
          } catch (error) {
            return this.markStale(facts, signal?.aborted ? STOPPED : error);
          }
        }),
      ),
    );
  }

  /**
   * Keeps a report that the entity's pipeline posted and evaluates the entity again from its stored
   * reading and the newest reports, so the score follows at once. One transaction: nothing is kept
   * unless all of it succeeds, and concurrent posts end with the newest report evaluated.
   */
  async addEvidence(entity: Entity, report: EvidenceReport): Promise<void> {
    const { database } = this.options;
    const facts = entityFacts(entity);
    const told = await database.writeEntity(facts.entityRef, async tx => {
      await database.evidence.addReport(tx, report);
      const snapshot = await database.snapshots.getSnapshot(
        facts.entityRef,
        tx,
      );
      if (!snapshot?.refreshedAt) return []; // the first refresh evaluates it
      let target: MlopsTarget;
      try {
        target = readMlopsTarget(entity);
      } catch {
        return []; // the entity is stale with its annotation error; the report counts once it is fixed
      }
      return this.evaluate(
        tx,
        facts,
        target,
        snapshot,
        snapshot.refreshedAt,
        snapshot,
      );
    });
    await this.bumpFleetGeneration();
    await this.options.notifier?.send(told);
  }

  private async evaluateAndStore(
    facts: EntityFacts,
    target: MlopsTarget,
    reading: SourceReading,
    refreshedAt: Date,
  ) {
    let told;
    try {
      told = await this.options.database.writeEntity(facts.entityRef, tx =>
        this.evaluate(tx, facts, target, reading, refreshedAt),
      );
    } catch (error) {
      const e = toError(error);
      if (e.name === 'InputError' || e.name === 'ServiceUnavailableError')
        throw e;
      // A driver's message carries the SQL: the log gets it, the ML tab a sentence.
      this.options.logger.error(
        `Storing the ML data of ${facts.entityRef} failed`,
        e,
      );
      throw new Error(
        'The ML data could not be stored (database error); see the backend log',
      );
    }
    await this.options.notifier?.send(told);
  }

  /** Evaluates a reading with the newest submitted reports and stores it, in the entity's transaction. */
  private async evaluate(
    tx: Knex.Transaction,
    facts: EntityFacts,
    target: MlopsTarget,
    reading: SourceReading,
    refreshedAt: Date,
    // The stored state, when the caller has read it already
    stored?: EntityState,
  ) {
    const { database, engine, lifecycle, notifier } = this.options;
    const previous = notifier
      ? stored ?? (await database.snapshots.getState(facts.entityRef, tx))
      : undefined;
    const submitted = await database.evidence.newest(facts.entityRef, tx);
    const next = snapshotOf({ engine, lifecycle }, facts, target, {
      reading,
      submitted,
      refreshedAt,
    });
    await database.snapshots.saveSnapshot(tx, next);
    return notifier?.changes(previous, next) ?? [];
  }

  /** Marks one entity stale with a message a person can read; a failing mark is logged, never thrown. */
  private markStale(facts: EntityFacts, error: unknown) {
    return markStale(this.options, facts, error);
  }

  /** Forgets departed entities and prunes history and old reports. */
  private async housekeeping(present: Entity[]): Promise<number> {
    const { database, historyRetentionMs, evidenceRetentionMs } = this.options;
    const removed = await database.snapshots.removeEntitiesExcept(
      present.map(e => stringifyEntityRef(e)),
    );
    await database.snapshots.pruneHistory(
      new Date(Date.now() - historyRetentionMs),
    );
    await database.evidence.prune(new Date(Date.now() - evidenceRetentionMs));
    if (removed > 0) await this.bumpFleetGeneration();
    return removed;
  }

  private async bumpFleetGeneration() {
    await this.options.database.snapshots
      .bumpFleetGeneration()
      .catch(error =>
        this.options.logger.error(
          `Could not renew the fleet cache: ${toError(error).message}`,
        ),
      );
  }

  private sourceIds() {
    return this.options.sources.map(s => s.id).join(', ') || 'none installed';
  }
}
