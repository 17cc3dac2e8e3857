import { CheckResult } from '@aidlc/plugin-mlops-common';
import { mlopsEntityConditions } from '@aidlc/plugin-mlops-node';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { EntitySnapshot } from './EntitySnapshot';
import { MlopsDatabase } from './MlopsDatabase';
import { EntityFilter } from './entityFilter';

// SQLite always; PostgreSQL where scripts/test-all.mjs found one (127.0.0.1:5432).
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const ALL: EntityFilter = { all: true };
const FRAUD = 'group:default/fraud-ml';
const PERSONALIZATION = 'group:default/personalization-ml';

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
    owner: FRAUD,
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
    reports: [],
    ...overrides,
  };
}

async function databaseFor(id: TestDatabaseId) {
  const knex = await databases.init(id);
  const db = await MlopsDatabase.create(
    { getClient: async () => knex, migrations: { skip: false } },
    { timeoutMs: 30_000, logger: mockServices.logger.mock() },
  );
  const save = (s: EntitySnapshot) =>
    db.writeEntity(s.entityRef, tx => db.snapshots.saveSnapshot(tx, s));
  return { db, knex, save };
}

describe.each(databases.eachSupportedId())('the mlops database on %p', id => {
  it('migrates and keeps a snapshot as it was saved', async () => {
    const { db, save } = await databaseFor(id);
    const saved = snapshot('fraud-scoring-api', {
      dataClassification: 'restricted',
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
    await save(saved);
    await expect(db.snapshots.getSnapshot(saved.entityRef)).resolves.toEqual(
      saved,
    );
    await expect(db.fleet.listModelGroups({}, ALL)).resolves.toEqual({
      items: [
        {
          entityRef: saved.entityRef,
          owner: FRAUD,
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
    await expect(
      db.snapshots.getSummaries([saved.entityRef, 'component:default/none']),
    ).resolves.toEqual([
      expect.objectContaining({
        entityRef: saved.entityRef,
        owner: FRAUD,
        system: 'system:default/secure-ml-platform',
        profile: 'standard',
        dataClassification: 'restricted',
      }),
      undefined,
    ]);
  });

  it('stores outside text of any length', async () => {
    const { db, save } = await databaseFor(id);
    const long = snapshot('long', {
      title: 'T'.repeat(5000),
      owner: `group:default/${'o'.repeat(400)}`,
      profile: 'p'.repeat(300),
    });
    await save(long);
    await db.snapshots.markStale(long, 'e'.repeat(10_000));
    expect(
      (await db.snapshots.getSnapshot(long.entityRef))?.title,
    ).toHaveLength(5000);
  });

  it('keeps the last good data when a refresh fails, and marks it stale', async () => {
    const { db, save } = await databaseFor(id);
    const good = snapshot('churn-predictor', { score: 87 });
    await save(good);
    await db.snapshots.markStale(good, 'ThrottlingException: Rate exceeded');
    await expect(db.snapshots.getSnapshot(good.entityRef)).resolves.toEqual({
      ...good,
      stale: true,
      error: 'ThrottlingException: Rate exceeded',
    });

    await db.snapshots.markStale(
      snapshot('new-service'),
      'Annotation aidlc.io/aws-account: "12" is not a 12-digit AWS account id',
    );
    const fresh = await db.snapshots.getSnapshot(
      'component:default/new-service',
    );
    expect(fresh).toMatchObject({
      stale: true,
      refreshedAt: undefined,
      evaluatedAt: undefined,
      models: [],
    });
    expect(fresh?.error).toContain('12-digit');
  });

  it('filters, sorts and pages the fleet with a cursor', async () => {
    const { db, save } = await databaseFor(id);
    for (let i = 0; i < 25; i++) {
      await save(
        snapshot(`svc-${String(i).padStart(2, '0')}`, {
          owner: i % 2 ? FRAUD : PERSONALIZATION,
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
      const page = await db.fleet.listFleet(
        { orderBy: 'score', order: 'desc', limit: 10, cursor },
        ALL,
      );
      expect(page.totalItems).toBe(25);
      seen.push(...page.items.map(r => r.entityRef));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    const scores = await Promise.all(
      seen.map(async ref => (await db.snapshots.getSnapshot(ref))!.score),
    );
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    expect((await db.fleet.listFleet({ owner: FRAUD }, ALL)).totalItems).toBe(
      12,
    );
    const withHigh = await db.fleet.listFleet(
      { severity: 'high', limit: 100 },
      ALL,
    );
    expect(withHigh.totalItems).toBe(9);
    expect(
      (await db.fleet.listFleet({ severity: 'critical' }, ALL)).totalItems,
    ).toBe(0);
    const byCheck = await db.fleet.listFleet({ check: 'bucket-sse-kms' }, ALL);
    expect(byCheck.totalItems).toBe(9);
    expect(byCheck.items[0].failedChecks).toEqual(['bucket-sse-kms']);
    await expect(
      db.fleet.exportFleet({ orderBy: 'title' }, ALL, 3),
    ).resolves.toEqual([
      expect.objectContaining({ entityRef: 'component:default/svc-00' }),
      expect.objectContaining({ entityRef: 'component:default/svc-01' }),
      expect.objectContaining({ entityRef: 'component:default/svc-02' }),
    ]);
  });

  it('pages only what a permission decision lets through, with counts to match', async () => {
    const { db, save } = await databaseFor(id);
    await save(snapshot('a', { owner: FRAUD, profile: 'restricted-data' }));
    await save(snapshot('b', { owner: FRAUD, system: undefined }));
    await save(
      snapshot('c', { owner: PERSONALIZATION, dataClassification: 'public' }),
    );
    await save(
      snapshot('d', {
        owner: PERSONALIZATION,
        models: [{ name: 'd-model', arn: 'arn:d', versions: [] }],
      }),
    );
    const refs = async (filter: EntityFilter) =>
      (await db.fleet.listFleet({ orderBy: 'title', limit: 1 }, filter))
        .totalItems;
    const where = (criteria: any): EntityFilter => ({ where: criteria });
    const owner = (claims: string[]) =>
      ({ property: 'owner', values: claims } as const);

    expect(await refs(ALL)).toBe(4);
    expect(await refs({ none: true })).toBe(0);
    expect(await refs(where(owner([FRAUD])))).toBe(2);
    expect(
      await refs(
        where({
          anyOf: [
            owner([PERSONALIZATION]),
            { property: 'profile', values: ['restricted-data'] },
          ],
        }),
      ),
    ).toBe(3);
    expect(
      await refs(
        where({
          allOf: [
            owner([FRAUD]),
            {
              not: {
                property: 'system',
                values: ['system:default/secure-ml-platform'],
              },
            },
          ],
        }),
      ),
    ).toBe(1); // b has no system, so "not in that system" holds for it
    expect(
      await refs(where({ property: 'dataClassification', values: ['public'] })),
    ).toBe(1);

    const page = await db.fleet.listFleet(
      { orderBy: 'title', limit: 1 },
      where(owner([FRAUD])),
    );
    expect(page.items.map(r => r.entityRef)).toEqual(['component:default/a']);
    const next = await db.fleet.listFleet(
      { orderBy: 'title', limit: 1, cursor: page.nextCursor },
      where(owner([FRAUD])),
    );
    expect(next.items.map(r => r.entityRef)).toEqual(['component:default/b']);
    expect(next.nextCursor).toBeUndefined();

    const models = await db.fleet.listModelGroups({}, where(owner([FRAUD])));
    expect(models.totalItems).toBe(0);
    expect(
      (await db.fleet.listModelGroups({}, where(owner([PERSONALIZATION]))))
        .totalItems,
    ).toBe(1);
    expect(
      (await db.fleet.summarizeOwners(where(owner([FRAUD])))).map(o => o.owner),
    ).toEqual([FRAUD]);
    // The policy's own condition objects produce the same filter
    expect(
      mlopsEntityConditions.isEntityOwner({ claims: [FRAUD] }),
    ).toMatchObject({
      rule: 'IS_ENTITY_OWNER',
      params: { claims: [FRAUD] },
    });
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['null', Buffer.from('null').toString('base64url')],
    [
      'a key of the wrong type',
      Buffer.from(
        JSON.stringify({ sort: 'score:asc', key: [{}, 'x'] }),
      ).toString('base64url'),
    ],
    [
      'a key too short',
      Buffer.from(JSON.stringify({ sort: 'score:asc', key: [1] })).toString(
        'base64url',
      ),
    ],
    [
      'another sort',
      Buffer.from(
        JSON.stringify({ sort: 'title:asc', key: ['a', 'b'] }),
      ).toString('base64url'),
    ],
  ])('refuses a cursor that is %s with a 400', async (_, cursor) => {
    const { db } = await databaseFor(id);
    await expect(db.fleet.listFleet({ cursor }, ALL)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(/^Invalid cursor/),
    });
  });

  it('keeps one history point per minute, oldest first in the trend', async () => {
    const { db, save } = await databaseFor(id);
    for (const [at, score] of [
      ['2026-11-20T10:00:00Z', 60],
      ['2026-11-21T10:00:00Z', 70],
      ['2026-11-22T10:00:05Z', 80],
      ['2026-11-22T10:00:40Z', 90], // same minute: replaces the 80
    ] as const) {
      await save(snapshot('trending', { score, evaluatedAt: new Date(at) }));
    }
    const { items } = await db.fleet.listFleet({}, ALL);
    expect(items[0].trend).toEqual([60, 70, 90]);
    await db.snapshots.pruneHistory(new Date('2026-11-21T12:00:00Z'));
    expect((await db.fleet.listFleet({}, ALL)).items[0].trend).toEqual([90]);
  });

  it('sums up evaluated services per owner and counts those not evaluated yet apart', async () => {
    const { db, save } = await databaseFor(id);
    await save(
      snapshot('a', {
        score: 80,
        failed: { critical: 1, high: 0, medium: 2, low: 0 },
      }),
    );
    await save(snapshot('b', { score: 100 }));
    await db.snapshots.markStale(snapshot('never-read'), 'AccessDenied');
    await save(
      snapshot('c', {
        owner: PERSONALIZATION,
        score: 40,
        failed: { critical: 0, high: 3, medium: 0, low: 1 },
      }),
    );
    await db.snapshots.markStale(
      snapshot('new', { owner: 'group:default/new-team' }),
      'AccessDenied',
    );
    await expect(db.fleet.summarizeOwners(ALL)).resolves.toEqual([
      {
        owner: FRAUD,
        services: 2,
        notEvaluated: 1,
        failingServices: 1,
        averageScore: 90,
        failed: { critical: 1, high: 0, medium: 2, low: 0 },
      },
      {
        owner: PERSONALIZATION,
        services: 1,
        notEvaluated: 0,
        failingServices: 1,
        averageScore: 40,
        failed: { critical: 0, high: 3, medium: 0, low: 1 },
      },
      {
        owner: 'group:default/new-team',
        services: 0,
        notEvaluated: 1,
        failingServices: 0,
        averageScore: undefined,
        failed: { critical: 0, high: 0, medium: 0, low: 0 },
      },
    ]);
    await expect(db.fleet.summarizeOwners({ none: true })).resolves.toEqual([]);
  });

  it('keeps every evidence report, serves the newest of each kind, and prunes old ones but the newest', async () => {
    const { db, save } = await databaseFor(id);
    const entityRef = 'component:default/kept';
    await save(snapshot('kept'));
    const post = (image: string, day: number) =>
      db.writeEntity(entityRef, tx =>
        db.evidence.addReport(tx, {
          entityRef,
          kind: 'container-scan',
          tool: 'trivy',
          submittedBy:
            'external:github-actions:repo:acme/kept:ref:refs/heads/main',
          submittedAt: new Date(`2026-11-${day}T08:00:00Z`),
          summary: `${image}: 0 critical, 0 high vulnerabilities`,
          payload: { tool: 'trivy', image, critical: 0, high: 0 },
        }),
      );
    await post('a:1', 10);
    await post('a:2', 11);
    await post('a:3', 11); // same time: the last posted is the newest
    await expect(db.evidence.newest(entityRef)).resolves.toEqual({
      containerScan: {
        tool: 'trivy',
        image: 'a:3',
        critical: 0,
        high: 0,
        submittedAt: '2026-11-11T08:00:00.000Z',
        submittedBy:
          'external:github-actions:repo:acme/kept:ref:refs/heads/main',
      },
    });
    await expect(
      db.evidence.prune(new Date('2026-12-31T00:00:00Z')),
    ).resolves.toBe(2);
    expect((await db.evidence.newest(entityRef)).containerScan?.image).toBe(
      'a:3',
    );

    await save(snapshot('gone'));
    await expect(db.snapshots.removeEntitiesExcept([])).resolves.toBe(2);
    await expect(db.evidence.newest(entityRef)).resolves.toEqual({});
  });

  it('grants one manual refresh per interval, whichever caller asks', async () => {
    const { db } = await databaseFor(id);
    const ref = 'component:default/a';
    const t0 = new Date('2026-11-25T10:00:00Z');
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    await expect(
      db.snapshots.claimManualRefresh(ref, t0, 60_000),
    ).resolves.toBe(0);
    await expect(
      db.snapshots.claimManualRefresh(ref, at(1), 60_000),
    ).resolves.toBe(59);
    await expect(
      db.snapshots.claimManualRefresh(ref, at(59.5), 60_000),
    ).resolves.toBe(1);
    await expect(
      db.snapshots.claimManualRefresh(ref, at(60), 60_000),
    ).resolves.toBe(0);
    const racing = await Promise.all(
      [1, 2, 3, 4].map(() =>
        db.snapshots.claimManualRefresh(ref, at(200), 60_000),
      ),
    );
    expect(racing.filter(wait => wait === 0)).toHaveLength(1);
  });

  it('moves the fleet generation on when told the fleet changed', async () => {
    const { db } = await databaseFor(id);
    const before = await db.snapshots.fleetGeneration();
    await db.snapshots.bumpFleetGeneration();
    expect(await db.snapshots.fleetGeneration()).not.toBe(before);
  });
});
