import {
  MlopsSource,
  SourceOutcome,
  SourceReading,
} from '@aidlc/plugin-mlops-node';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { builtInChecks } from '../../checks';
import {
  secureContext,
  secureEvidence,
} from '../../checks/__testUtils__/secureService';
import { LifecycleEngine } from '../../lifecycle/LifecycleEngine';
import { builtInSignals } from '../../lifecycle/signals';
import { ComplianceEngine } from '../../compliance/ComplianceEngine';
import { ComplianceProfiles } from '../../compliance/ComplianceProfiles';
import { MlopsDatabase } from '../../database/MlopsDatabase';
import { RefreshService } from '../RefreshService';
import { EntityNotifier } from '../../notifications/EntityNotifier';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';

// SQLite always; PostgreSQL where scripts/test-all.mjs found one (127.0.0.1:5432).
export const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15'],
});

export function service(
  name: string,
  annotations: Record<string, string>,
  metadata: Partial<Entity['metadata']> = {},
  spec: Record<string, unknown> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations, ...metadata },
    spec: {
      type: 'service',
      owner: 'fraud-ml',
      lifecycle: 'production',
      ...spec,
    },
  };
}

export const ENDPOINT = 'aws.amazon.com/sagemaker-endpoint';
export const healthy = service('fraud-scoring-api', {
  'aws.amazon.com/sagemaker-model-package-group': 'fraud-scoring-xgb',
  [ENDPOINT]: 'fraud-scoring-prod',
});
export const throttled = service('churn-predictor', {
  [ENDPOINT]: 'churn-predictor-serverless',
});
export const malformed = service('kyc-document-classifier', {
  [ENDPOINT]: 'not a valid name!',
});
export const unannotated = service('customer-profile-api', {});

/** Entities a careless or hostile catalog may hold: each must fail alone. */
export const pathological = [
  service(
    'long-title',
    { [ENDPOINT]: 'long-title-prod' },
    { title: 'T'.repeat(300) },
  ),
  service('huge-profile', {
    [ENDPOINT]: 'huge-profile-prod',
    'aidlc.io/compliance-profile': 'p'.repeat(10_000),
  }),
  service('long-region', {
    [ENDPOINT]: 'long-region-prod',
    'aidlc.io/aws-region': `eu-${'west'.repeat(150)}-1`,
  }),
  service(
    'nul-title',
    { [ENDPOINT]: 'nul-title-prod' },
    { title: 'bad\u0000title' },
  ),
  service(
    'odd-owner',
    { [ENDPOINT]: 'odd-owner-prod' },
    {},
    { owner: `group:${'x'.repeat(400)}/a/b:c`, system: 42 },
  ),
  service('many-endpoints', {
    [ENDPOINT]: Array.from({ length: 500 }, (_, i) => `e${i}`).join(','),
  }),
];

export const reading: SourceReading = {
  models: secureContext().models,
  endpoints: secureContext().endpoints.map(({ status: _status, ...e }) => e),
  evidence: secureEvidence(),
};

/** A source with good data for every entity, until told to fail some of them. */
export class FakeSource implements MlopsSource {
  readonly id = 'fake';
  failing = new Set<string>();
  throwAll = false;
  /** What it reads for every entity */
  reading: SourceReading = reading;
  read = jest.fn(
    async (
      targets: { entityRef: string }[],
      _options: { signal?: AbortSignal },
    ): Promise<SourceOutcome[]> => {
      if (this.throwAll)
        throw new Error('Could not load credentials from any providers');
      return targets.map(({ entityRef }) =>
        this.failing.has(entityRef)
          ? {
              entityRef,
              error: new Error('ThrottlingException: Rate exceeded'),
            }
          : { entityRef, reading: this.reading },
      );
    },
  );
}

/** A refresh over the fake source and a fresh database on one engine. */
export async function setUp(
  id: TestDatabaseId,
  entities: Entity[],
  { batchSize }: { batchSize?: number } = {},
) {
  const knex = await databases.init(id);
  const logger = mockServices.logger.mock();
  const database = await MlopsDatabase.create(
    { getClient: async () => knex },
    { timeoutMs: 30_000, logger },
  );
  const source = new FakeSource();
  const notifications: NotificationSendOptions[] = [];
  const refresh = new RefreshService({
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    logger,
    database,
    engine: new ComplianceEngine(
      builtInChecks,
      ComplianceProfiles.fromConfig(
        new ConfigReader({}),
        builtInChecks.map(c => c.id),
      ),
    ),
    lifecycle: new LifecycleEngine(builtInSignals),
    sources: [source],
    concurrency: 2,
    batchSize,
    historyRetentionMs: 90 * 86_400_000,
    evidenceRetentionMs: 365 * 86_400_000,
    driftLookbackMs: 14 * 86_400_000,
    refreshTimeoutMs: 60_000,
    notifier: new EntityNotifier(
      { send: async n => void notifications.push(n) },
      logger,
      10,
    ),
  });
  const snapshot = (name: string) =>
    database.snapshots.getSnapshot(`component:default/${name}`);
  return { database, source, refresh, logger, snapshot, notifications, knex };
}

export const standard = [healthy, throttled, malformed, unannotated];
