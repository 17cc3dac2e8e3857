import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { CheckResult } from '@aidlc/plugin-mlops-common';
import { EntitySnapshot } from './EntitySnapshot';
import { MlopsStore } from './MlopsStore';

// SQLite always; PostgreSQL where scripts/test-all.mjs found one (127.0.0.1:5432).
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

function failing(id: string, severity: CheckResult['severity']): CheckResult {
  return {
    id,
    title: id,
    principle: 'encryption',
    severity,
    status: 'fail',
    remediation: 'fix it',
    controls: {},
  };
}

function snapshot(
  name: string,
  overrides: Partial<EntitySnapshot> = {},
): EntitySnapshot {
  return {
    entityRef: `component:default/${name}`,
    title: name,
    owner: 'group:default/fraud-ml',
    system: 'system:default/secure-ml-platform',
    profile: 'standard',
    refreshedAt: new Date('2026-11-25T10:00:00Z'),
    evaluatedAt: new Date('2026-11-25T10:00:01Z'),
    stale: false,
    score: 100,
    failed: { critical: 0, high: 0, medium: 0, low: 0 },
    driftStatus: 'ok',
    models: [],
    endpoints: [],
    checks: [],
    evidence: {},
    ...overrides,
  };
}

async function storeFor(id: TestDatabaseId) {
  const knex = await databases.init(id);
  return MlopsStore.create({
    getClient: async () => knex,
    migrations: { skip: false },
  });
}

describe.each(databases.eachSupportedId())('MlopsStore on %p', databaseId => {
  it('migrates and keeps a snapshot as it was saved', async () => {
    const store = await storeFor(databaseId);
    const saved = snapshot('fraud-scoring-api', {
      models: [
        {
          name: 'fraud-scoring-xgb',
          arn: 'arn:aws:sagemaker:eu-west-1:111122223333:model-package-group/fraud-scoring-xgb',
          versions: [
            {
              version: 2,
              arn: 'arn:v2',
              approvalStatus: 'PendingManualApproval',
              createdAt: '2026-11-20T00:00:00Z',
              metrics: { auc: 0.96 },
            },
            {
              version: 1,
              arn: 'arn:v1',
              approvalStatus: 'Approved',
              createdAt: '2026-11-01T00:00:00Z',
              metrics: { auc: 0.95 },
            },
          ],
        },
      ],
      checks: [failing('guardduty-enabled', 'high')],
      failed: { critical: 0, high: 1, medium: 0, low: 0 },
      evidence: { guardDuty: { enabled: false } },
    });
    await store.saveSnapshot(saved);
    await expect(store.getSnapshot(saved.entityRef)).resolves.toEqual(saved);
    await expect(store.listModelGroups({}, undefined)).resolves.toEqual({
      items: [
        {
          entityRef: saved.entityRef,
          owner: 'group:default/fraud-ml',
          group: 'fraud-scoring-xgb',
          arn: saved.models[0].arn,
          latestVersion: 2,
          latestStatus: 'PendingManualApproval',
          approvedVersion: 1,
          driftStatus: 'ok',
        },
      ],
      totalItems: 1,
    });
  });

  it('keeps the last good data when a refresh fails, and marks it stale', async () => {
    const store = await storeFor(databaseId);
    const good = snapshot('churn-predictor', { score: 87 });
    await store.saveSnapshot(good);
    await store.markStale(good, 'ThrottlingException: Rate exceeded');
    await expect(store.getSnapshot(good.entityRef)).resolves.toEqual({
      ...good,
      stale: true,
      error: 'ThrottlingException: Rate exceeded',
    });

    await store.markStale(
      snapshot('new-service'),
      'Annotation aidlc.io/aws-account: "12" is not a 12-digit AWS account id',
    );
    const fresh = await store.getSnapshot('component:default/new-service');
    expect(fresh).toMatchObject({
      stale: true,
      refreshedAt: undefined,
      models: [],
    });
    expect(fresh?.error).toContain('12-digit');
  });

  it('filters, sorts and pages the fleet with a cursor', async () => {
    const store = await storeFor(databaseId);
    for (let i = 0; i < 25; i++) {
      await store.saveSnapshot(
        snapshot(`svc-${String(i).padStart(2, '0')}`, {
          owner:
            i % 2
              ? 'group:default/fraud-ml'
              : 'group:default/personalization-ml',
          score: 50 + (i % 5) * 10,
          checks: i % 3 === 0 ? [failing('bucket-sse-kms', 'high')] : [],
          failed: { critical: 0, high: i % 3 === 0 ? 1 : 0, medium: 0, low: 0 },
        }),
      );
    }

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.listFleet(
        { orderBy: 'score', order: 'desc', limit: 10, cursor },
        undefined,
      );
      expect(page.totalItems).toBe(25);
      seen.push(...page.items.map(r => r.entityRef));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    const scores = await Promise.all(
      seen.map(async ref => (await store.getSnapshot(ref))!.score),
    );
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const fraud = await store.listFleet(
      { owner: 'group:default/fraud-ml' },
      undefined,
    );
    expect(fraud.totalItems).toBe(12);
    const withHigh = await store.listFleet(
      { severity: 'high', limit: 100 },
      undefined,
    );
    expect(withHigh.items.map(r => r.entityRef)).toEqual(
      expect.arrayContaining([
        'component:default/svc-00',
        'component:default/svc-03',
      ]),
    );
    expect(withHigh.totalItems).toBe(9);
    expect(
      (await store.listFleet({ severity: 'critical' }, undefined)).totalItems,
    ).toBe(0);
    const byCheck = await store.listFleet(
      { check: 'bucket-sse-kms' },
      undefined,
    );
    expect(byCheck.totalItems).toBe(9);
    expect(byCheck.items[0].failedChecks).toEqual(['bucket-sse-kms']);
    const visible = await store.listFleet({}, ['component:default/svc-01']);
    expect(visible.items.map(r => r.entityRef)).toEqual([
      'component:default/svc-01',
    ]);

    await expect(
      store.listFleet(
        {
          orderBy: 'title',
          cursor: (await store.listFleet({ limit: 1 }, undefined)).nextCursor,
        },
        undefined,
      ),
    ).rejects.toThrow('Invalid cursor: it belongs to another sort order');
    await expect(
      store.listFleet({ cursor: 'not-a-cursor' }, undefined),
    ).rejects.toThrow('Invalid cursor');
  });

  it('keeps a score history for trends, oldest first', async () => {
    const store = await storeFor(databaseId);
    for (const [day, score] of [
      [20, 60],
      [21, 70],
      [22, 90],
    ] as const) {
      await store.saveSnapshot(
        snapshot('trending', {
          score,
          evaluatedAt: new Date(`2026-11-${day}T10:00:00Z`),
        }),
      );
    }
    const { items } = await store.listFleet({}, undefined);
    expect(items[0].trend).toEqual([60, 70, 90]);
    await store.pruneHistory(new Date('2026-11-21T12:00:00Z'));
    expect((await store.listFleet({}, undefined)).items[0].trend).toEqual([90]);
  });

  it('sums up failures per owner', async () => {
    const store = await storeFor(databaseId);
    await store.saveSnapshot(
      snapshot('a', {
        score: 80,
        failed: { critical: 1, high: 0, medium: 2, low: 0 },
      }),
    );
    await store.saveSnapshot(snapshot('b', { score: 100 }));
    await store.saveSnapshot(
      snapshot('c', {
        owner: 'group:default/personalization-ml',
        score: 40,
        failed: { critical: 0, high: 3, medium: 0, low: 1 },
      }),
    );
    await expect(store.summarizeOwners(undefined)).resolves.toEqual([
      {
        owner: 'group:default/fraud-ml',
        services: 2,
        failingServices: 1,
        averageScore: 90,
        failed: { critical: 1, high: 0, medium: 2, low: 0 },
      },
      {
        owner: 'group:default/personalization-ml',
        services: 1,
        failingServices: 1,
        averageScore: 40,
        failed: { critical: 0, high: 3, medium: 0, low: 1 },
      },
    ]);
    await expect(store.summarizeOwners([])).resolves.toEqual([]);
  });

  it('forgets entities that left the catalog and keeps submitted evidence by kind', async () => {
    const store = await storeFor(databaseId);
    await store.saveSnapshot(snapshot('kept'));
    await store.saveSnapshot(snapshot('gone'));
    await expect(
      store.removeEntitiesExcept(['component:default/kept']),
    ).resolves.toBe(1);
    expect(await store.getSnapshot('component:default/gone')).toBeUndefined();

    const at = new Date('2026-11-25T08:00:00Z');
    await store.saveSubmittedEvidence({
      entityRef: 'component:default/kept',
      kind: 'container-scan',
      submittedBy: 'external:ci',
      submittedAt: at,
      payload: { tool: 'trivy', image: 'a:1', critical: 1, high: 0 },
    });
    await store.saveSubmittedEvidence({
      entityRef: 'component:default/kept',
      kind: 'container-scan',
      submittedBy: 'external:ci',
      submittedAt: at,
      payload: { tool: 'trivy', image: 'a:2', critical: 0, high: 0 },
    });
    await expect(
      store.getSubmittedEvidence('component:default/kept'),
    ).resolves.toEqual({
      containerScan: {
        tool: 'trivy',
        image: 'a:2',
        critical: 0,
        high: 0,
        submittedAt: at.toISOString(),
      },
    });
  });
});
