import {
  ALL,
  databaseFor,
  databases,
  failing,
  FRAUD,
  snapshot,
} from './__testUtils__/snapshots';

const INVOCATION = {
  method: 'POST',
  path: '/invocations',
  requestSchema: { type: 'object', required: ['instances'] },
};

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
              deployments: [
                {
                  endpoint: 'fraud-scoring-prod',
                  variant: 'AllTraffic',
                  trafficShare: 1,
                  instanceCount: 2,
                },
              ],
            },
          ],
        },
      ],
      checks: [failing('guardduty-enabled', 'high')],
      failed: { critical: 0, high: 1, medium: 0, low: 0 },
      evidence: {
        guardDuty: { enabled: false },
        inferenceApis: [
          { name: 'a1b2c3/prod', kind: 'rest-api', invocation: INVOCATION },
        ],
      },
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
          system: 'system:default/secure-ml-platform',
          group: 'fraud-scoring-xgb',
          arn: saved.models[0].arn,
          latestVersion: 2,
          latestStatus: 'PendingManualApproval',
          approvedVersion: 1,
          servedVersions: [1],
          servesUnapproved: false,
          // The endpoint that serves it, with the API in front: the catalog's model server
          servingEndpoints: [
            { name: 'fraud-scoring-prod', versions: [1], api: INVOCATION },
          ],
          driftStatus: 'ok',
        },
      ],
      totalItems: 1,
      nextCursor: undefined,
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

  it('prunes a backlog of history batch by batch, and keeps what is newer', async () => {
    const { db, save } = await databaseFor(id);
    for (let day = 1; day <= 7; day++) {
      const evaluatedAt = new Date(Date.UTC(2026, 10, day, 10));
      await save(snapshot('backlog', { score: day, evaluatedAt }));
    }
    const deleted = await db.snapshots.pruneHistory(
      new Date(Date.UTC(2026, 10, 6)),
      { batchSize: 2 },
    );
    expect(deleted).toBe(5);
    expect((await db.fleet.listFleet({}, ALL)).items[0].trend).toEqual([6, 7]);
  });

  it("shows each entity's 14 latest points of many, oldest first", async () => {
    const { db, save } = await databaseFor(id);
    // Day d scores d for one entity and 100 - d for the other
    for (let day = 1; day <= 20; day++) {
      const evaluatedAt = new Date(Date.UTC(2026, 10, day, 10));
      await save(snapshot('rising', { score: day, evaluatedAt }));
      await save(snapshot('falling', { score: 100 - day, evaluatedAt }));
    }
    const { items } = await db.fleet.listFleet({}, ALL);
    const trendOf = (name: string) =>
      items.find(i => i.entityRef === `component:default/${name}`)?.trend;
    const days = Array.from({ length: 14 }, (_, i) => i + 7);
    expect(trendOf('rising')).toEqual(days);
    expect(trendOf('falling')).toEqual(days.map(d => 100 - d));
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
