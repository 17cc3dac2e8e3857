import {
  MlopsSource,
  SourceOutcome,
  SourceReading,
} from '@aidlc/plugin-mlops-node';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { builtInChecks } from '../checks';
import {
  secureContext,
  secureEvidence,
} from '../checks/__testUtils__/secureService';
import { MlopsStore } from '../database/MlopsStore';
import { ComplianceEngine } from '../compliance/ComplianceEngine';
import { ComplianceProfiles } from '../compliance/ComplianceProfiles';
import { FleetCache } from '../api/FleetCache';
import { RefreshService } from './RefreshService';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

function service(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations },
    spec: { type: 'service', owner: 'fraud-ml', lifecycle: 'production' },
  };
}

const healthy = service('fraud-scoring-api', {
  'aws.amazon.com/sagemaker-model-package-group': 'fraud-scoring-xgb',
  'aws.amazon.com/sagemaker-endpoint': 'fraud-scoring-prod',
});
const throttled = service('churn-predictor', {
  'aws.amazon.com/sagemaker-endpoint': 'churn-predictor-serverless',
});
const malformed = service('kyc-document-classifier', {
  'aws.amazon.com/sagemaker-endpoint': 'not a valid name!',
});
const unannotated = service('customer-profile-api', {});

const reading: SourceReading = {
  models: secureContext().models,
  endpoints: secureContext().endpoints.map(({ status: _status, ...e }) => e),
  evidence: secureEvidence(),
};

/** A source with good data for every entity, until told to fail some of them. */
class FakeSource implements MlopsSource {
  readonly id = 'fake';
  failing = new Set<string>();
  throwAll = false;
  read = jest.fn(
    async (targets: { entityRef: string }[]): Promise<SourceOutcome[]> => {
      if (this.throwAll)
        throw new Error('Could not load credentials from any providers');
      return targets.map(({ entityRef }) =>
        this.failing.has(entityRef)
          ? {
              entityRef,
              error: new Error('ThrottlingException: Rate exceeded'),
            }
          : { entityRef, reading },
      );
    },
  );
}

async function setUp() {
  const knex = await databases.init('SQLITE_3');
  const store = await MlopsStore.create({ getClient: async () => knex });
  const source = new FakeSource();
  const refresh = new RefreshService({
    catalog: catalogServiceMock({
      entities: [healthy, throttled, malformed, unannotated],
    }),
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    store,
    engine: new ComplianceEngine(
      builtInChecks,
      ComplianceProfiles.fromConfig(
        new ConfigReader({}),
        builtInChecks.map(c => c.id),
      ),
    ),
    fleetCache: new FleetCache(mockServices.cache.mock(), 30),
    sources: [source],
    concurrency: 2,
    historyRetentionDays: 90,
  });
  return { store, source, refresh };
}

describe('RefreshService', () => {
  it('stores every annotated entity, each from one batched source call', async () => {
    const { store, source, refresh } = await setUp();
    const results = await refresh.refreshAll();

    expect(source.read).toHaveBeenCalledTimes(1);
    expect(source.read.mock.calls[0][0].map(t => t.entityRef).sort()).toEqual([
      'component:default/churn-predictor',
      'component:default/fraud-scoring-api',
    ]);
    expect(results).toHaveLength(3);
    const snapshot = await store.getSnapshot(
      'component:default/fraud-scoring-api',
    );
    expect(snapshot).toMatchObject({
      stale: false,
      owner: 'group:default/fraud-ml',
      score: 100,
      driftStatus: 'ok',
    });
    expect(
      await store.getSnapshot('component:default/customer-profile-api'),
    ).toBeUndefined();
  });

  it('shows a malformed annotation as the entity error, without stopping the others', async () => {
    const { store, refresh } = await setUp();
    await refresh.refreshAll();
    const snapshot = await store.getSnapshot(
      'component:default/kyc-document-classifier',
    );
    expect(snapshot).toMatchObject({ stale: true, refreshedAt: undefined });
    expect(snapshot?.error).toBe(
      'Annotation aws.amazon.com/sagemaker-endpoint: "not a valid name!" is not a SageMaker endpoint name or ARN (letters, digits and hyphens, at most 63)',
    );
  });

  it('keeps the last good data of an entity the source fails for, and lands the others', async () => {
    const { store, source, refresh } = await setUp();
    await refresh.refreshAll();
    const before = await store.getSnapshot('component:default/churn-predictor');

    source.failing.add('component:default/churn-predictor');
    await refresh.refreshAll();

    const after = await store.getSnapshot('component:default/churn-predictor');
    expect(after).toEqual({
      ...before,
      stale: true,
      error: 'ThrottlingException: Rate exceeded',
    });
    const other = await store.getSnapshot(
      'component:default/fraud-scoring-api',
    );
    expect(other?.stale).toBe(false);
    expect(other!.evaluatedAt!.getTime()).toBeGreaterThanOrEqual(
      before!.evaluatedAt!.getTime(),
    );
  });

  it('marks every entity stale when a source throws, and deletes nothing', async () => {
    const { store, source, refresh } = await setUp();
    await refresh.refreshAll();
    source.throwAll = true;
    const results = await refresh.refreshAll();

    expect(results.filter(r => r.error)).toHaveLength(3);
    const snapshot = await store.getSnapshot(
      'component:default/fraud-scoring-api',
    );
    expect(snapshot).toMatchObject({
      stale: true,
      score: 100,
      error:
        'Source fake failed: Could not load credentials from any providers',
    });
    expect(snapshot?.models).toHaveLength(1);
  });

  it('evaluates submitted evidence at once, without asking the source', async () => {
    const { store, source, refresh } = await setUp();
    await refresh.refreshAll();
    await store.saveSubmittedEvidence({
      entityRef: 'component:default/fraud-scoring-api',
      kind: 'container-scan',
      submittedBy: 'external:ci',
      submittedAt: new Date(),
      payload: { tool: 'trivy', image: 'fraud:13', critical: 4, high: 0 },
    });
    await refresh.reevaluate(healthy);

    expect(source.read).toHaveBeenCalledTimes(1);
    const snapshot = await store.getSnapshot(
      'component:default/fraud-scoring-api',
    );
    expect(
      snapshot?.checks.find(c => c.id === 'container-scan-clean'),
    ).toMatchObject({
      status: 'fail',
      message: 'fraud:13 has 4 critical and 0 high vulnerabilities',
    });
    expect(snapshot?.score).toBeLessThan(100);
  });
});
