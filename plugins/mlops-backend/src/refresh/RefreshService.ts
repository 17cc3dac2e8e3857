import {
  ANNOTATION_COMPLIANCE_PROFILE,
  MlopsTarget,
  readMlopsTarget,
} from '@aidlc/plugin-mlops-common';
import { MlopsSource, SourceReading } from '@aidlc/plugin-mlops-node';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import pLimit from 'p-limit';
import { EntityFacts } from '../database/EntitySnapshot';
import { MlopsStore } from '../database/MlopsStore';
import { annotatedEntitiesFilter } from './annotatedEntitiesFilter';
import { ComplianceEngine } from '../compliance/ComplianceEngine';
import { FleetCache } from '../api/FleetCache';
import { driftStatus, worstDriftStatus } from '../compliance/driftStatus';

export interface RefreshOptions {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  store: MlopsStore;
  engine: ComplianceEngine;
  /** Told when the store changed, so fleet-wide answers are computed again */
  fleetCache: FleetCache;
  sources: MlopsSource[];
  /** How many entities are evaluated and stored at once */
  concurrency: number;
  historyRetentionDays: number;
}

/** What a refresh did to one entity. */
export interface RefreshResult {
  entityRef: string;
  error?: string;
}

const ENTITY_FIELDS = ['kind', 'metadata', 'spec.owner', 'spec.system'];

/**
 * Reads the annotated entities from the catalog, asks every source about them in one batch,
 * evaluates the compliance checks and stores the results. One entity's failure (bad annotation,
 * source error, unknown profile) marks only that entity stale; its last good data stays.
 */
export class RefreshService {
  constructor(private readonly options: RefreshOptions) {}

  async refreshAll(): Promise<RefreshResult[]> {
    const { catalog, auth, store, logger, historyRetentionDays } = this.options;
    const { items } = await catalog.getEntities(
      {
        filter: annotatedEntitiesFilter,
        fields: ENTITY_FIELDS,
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const results = await this.refreshEntities(items);
    const removed = await store.removeEntitiesExcept(
      items.map(e => stringifyEntityRef(e)),
    );
    await store.pruneHistory(
      new Date(Date.now() - historyRetentionDays * 86_400_000),
    );
    const failed = results.filter(r => r.error).length;
    logger.info(
      `Refreshed ${results.length} ML entities: ${
        results.length - failed
      } ok, ${failed} stale, ${removed} removed`,
    );
    return results;
  }

  async refreshEntities(entities: Entity[]): Promise<RefreshResult[]> {
    const { store, concurrency } = this.options;
    const limit = pLimit(concurrency);
    const targets: { facts: EntityFacts; target: MlopsTarget }[] = [];
    const results: RefreshResult[] = [];

    for (const entity of entities) {
      const facts = factsOf(entity);
      try {
        targets.push({ facts, target: readMlopsTarget(entity) });
      } catch (error) {
        await store.markStale(facts, String((error as Error).message));
        results.push({
          entityRef: facts.entityRef,
          error: (error as Error).message,
        });
      }
    }

    const readings = await this.read(targets.map(t => t.target));
    const now = new Date();
    await Promise.all(
      targets.map(({ facts, target }) =>
        limit(async () => {
          const reading = readings.get(target.entityRef);
          try {
            if (!reading) {
              throw new Error(
                `No source has data for ${
                  target.entityRef
                } (sources: ${this.sourceIds()})`,
              );
            }
            if (reading instanceof Error) throw reading;
            await this.store(facts, target, reading, now);
            results.push({ entityRef: facts.entityRef });
          } catch (error) {
            const message = (error as Error).message;
            this.options.logger.warn(
              `ML refresh of ${facts.entityRef} failed: ${message}`,
            );
            await store.markStale(facts, message);
            results.push({ entityRef: facts.entityRef, error: message });
          }
        }),
      ),
    );
    await this.options.fleetCache.invalidate();
    return results;
  }

  /**
   * Evaluates an entity again from its stored evidence, after its pipeline submitted a report:
   * the score follows at once, without asking the sources.
   */
  async reevaluate(entity: Entity): Promise<void> {
    const { store } = this.options;
    const snapshot = await store.getSnapshot(stringifyEntityRef(entity));
    if (!snapshot?.refreshedAt) return; // the next refresh evaluates it
    await this.store(
      factsOf(entity),
      readMlopsTarget(entity),
      {
        models: snapshot.models,
        endpoints: snapshot.endpoints,
        evidence: snapshot.evidence,
      },
      snapshot.refreshedAt,
    );
    await this.options.fleetCache.invalidate();
  }

  /** Every source reads every target once; the first source with data for an entity wins. */
  private async read(
    targets: MlopsTarget[],
  ): Promise<Map<string, SourceReading | Error>> {
    const readings = new Map<string, SourceReading | Error>();
    for (const source of this.options.sources) {
      try {
        for (const outcome of await source.read(targets, {})) {
          const previous = readings.get(outcome.entityRef);
          if (previous && !(previous instanceof Error)) continue;
          readings.set(
            outcome.entityRef,
            'error' in outcome ? outcome.error : outcome.reading,
          );
        }
      } catch (error) {
        const failure = new Error(
          `Source ${source.id} failed: ${(error as Error).message}`,
        );
        for (const target of targets) {
          if (!readings.has(target.entityRef))
            readings.set(target.entityRef, failure);
        }
      }
    }
    return readings;
  }

  private async store(
    facts: EntityFacts,
    target: MlopsTarget,
    reading: SourceReading,
    refreshedAt: Date,
  ) {
    const { store, engine } = this.options;
    const submitted = await store.getSubmittedEvidence(target.entityRef);
    const evidence = {
      ...reading.evidence,
      submitted: { ...reading.evidence.submitted, ...submitted },
    };
    const endpoints = reading.endpoints.map(e => ({
      ...e,
      status: driftStatus(e),
    }));
    const evaluation = engine.evaluate(evidence, {
      target,
      models: reading.models,
      endpoints,
    });
    await store.saveSnapshot({
      ...facts,
      profile: evaluation.profile,
      refreshedAt,
      evaluatedAt: new Date(),
      stale: false,
      score: evaluation.score,
      failed: evaluation.failed,
      driftStatus: worstDriftStatus(endpoints.map(e => e.status)),
      models: reading.models,
      endpoints,
      checks: evaluation.checks,
      evidence,
    });
  }

  private sourceIds() {
    return this.options.sources.map(s => s.id).join(', ') || 'none installed';
  }
}

/** Catalog facts of an entity, with owner and system as full entity refs. */
function factsOf(entity: Entity): EntityFacts {
  const namespace = entity.metadata.namespace ?? 'default';
  const spec = (entity.spec ?? {}) as { owner?: unknown; system?: unknown };
  const ref = (value: unknown, defaultKind: string) => {
    if (typeof value !== 'string' || !value) return undefined;
    try {
      return stringifyEntityRef(
        parseEntityRef(value, { defaultKind, defaultNamespace: namespace }),
      );
    } catch {
      return value; // the catalog reports malformed refs itself; show it as written
    }
  };
  return {
    entityRef: stringifyEntityRef(entity),
    title: entity.metadata.title ?? entity.metadata.name,
    owner: ref(spec.owner, 'group') ?? 'unknown',
    system: ref(spec.system, 'system'),
    profile:
      entity.metadata.annotations?.[ANNOTATION_COMPLIANCE_PROFILE]?.trim() ||
      'standard',
  };
}
