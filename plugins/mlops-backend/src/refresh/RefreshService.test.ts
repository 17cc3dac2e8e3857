import {
  databases,
  ENDPOINT,
  healthy,
  pathological,
  reading,
  service,
  setUp,
  standard,
} from './__testUtils__/refreshSetup';
import { secureEvidence } from '../checks/__testUtils__/secureService';

describe.each(databases.eachSupportedId())('RefreshService on %p', id => {
  it('stores every annotated entity, each from one batched source call', async () => {
    const { source, refresh, snapshot } = await setUp(id, standard);
    const results = await refresh.refreshAll();

    expect(source.read).toHaveBeenCalledTimes(1);
    expect(source.read.mock.calls[0][0].map(t => t.entityRef).sort()).toEqual([
      'component:default/churn-predictor',
      'component:default/fraud-scoring-api',
    ]);
    expect(results).toHaveLength(3);
    expect(await snapshot('fraud-scoring-api')).toMatchObject({
      stale: false,
      owner: 'group:default/fraud-ml',
      score: 100,
      driftStatus: 'ok',
    });
    expect(await snapshot('customer-profile-api')).toBeUndefined();
  });

  it('reads the sources batch by batch, and stores every batch', async () => {
    const fleet = Array.from({ length: 5 }, (_, i) =>
      service(`svc-${i}`, { [ENDPOINT]: `svc-${i}-prod` }),
    );
    const { source, refresh, snapshot } = await setUp(id, fleet, {
      batchSize: 2,
    });
    await refresh.refreshAll();

    const batches = source.read.mock.calls.map(([targets]) =>
      targets.map(t => t.entityRef),
    );
    expect(batches.map(b => b.length)).toEqual([2, 2, 1]);
    expect(batches.flat().sort()).toEqual(
      fleet.map(e => `component:default/${e.metadata.name}`).sort(),
    );
    for (const { metadata } of fleet) {
      expect(await snapshot(metadata.name)).toMatchObject({ stale: false });
    }
  });

  it('shows a malformed annotation as the entity error, without stopping the others', async () => {
    const { refresh, snapshot } = await setUp(id, standard);
    await refresh.refreshAll();
    expect(await snapshot('kyc-document-classifier')).toMatchObject({
      stale: true,
      refreshedAt: undefined,
      error:
        'Annotation aws.amazon.com/sagemaker-endpoint: "not a valid name!" is not a SageMaker endpoint name or ARN (letters, digits and hyphens, at most 63)',
    });
  });

  it('leaves every other entity refreshed when the catalog holds pathological ones', async () => {
    const { refresh, snapshot, logger } = await setUp(id, [
      healthy,
      ...pathological,
    ]);
    const results = await refresh.refreshAll();

    expect(results).toHaveLength(pathological.length + 1);
    expect(await snapshot('fraud-scoring-api')).toMatchObject({
      stale: false,
      score: 100,
    });
    // Text that merely is long or odd is stored bounded; the entity itself is fine.
    expect(await snapshot('long-title')).toMatchObject({
      stale: false,
      title: 'T'.repeat(300),
    });
    expect(await snapshot('nul-title')).toMatchObject({
      stale: false,
      title: 'bad title',
    });
    expect(await snapshot('odd-owner')).toMatchObject({
      stale: false,
      system: undefined,
    });
    // Values no valid annotation could have are refused with a short quote, not echoed whole.
    const profile = await snapshot('huge-profile');
    expect(profile).toMatchObject({
      stale: true,
      profile: `${'p'.repeat(62)}…`,
    });
    expect(profile?.error).toMatch(
      /^Annotation aidlc\.io\/compliance-profile is 10000 characters long/,
    );
    const region = await snapshot('long-region');
    expect(region?.error).toMatch(
      /aidlc\.io\/aws-region: "eu-westwest.*… \(605 characters\) is not an AWS region/,
    );
    expect((await snapshot('many-endpoints'))?.error).toBe(
      'Annotation aws.amazon.com/sagemaker-endpoint names 500 resources; at most 20',
    );
    for (const call of logger.warn.mock.calls) {
      expect(String(call[0]).length).toBeLessThan(400);
      expect(String(call[0])).toMatch(
        /^ML refresh of component:default\/[\w-]+ failed: /,
      );
    }
  });

  it('keeps the last good data of an entity the source fails for, and lands the others', async () => {
    const { source, refresh, snapshot } = await setUp(id, standard);
    await refresh.refreshAll();
    const before = await snapshot('churn-predictor');

    source.failing.add('component:default/churn-predictor');
    await refresh.refreshAll();

    expect(await snapshot('churn-predictor')).toEqual({
      ...before,
      stale: true,
      error: 'ThrottlingException: Rate exceeded',
    });
    expect((await snapshot('fraud-scoring-api'))?.stale).toBe(false);
  });

  it('marks every entity stale when a source throws, and deletes nothing', async () => {
    const { source, refresh, snapshot } = await setUp(id, standard);
    await refresh.refreshAll();
    source.throwAll = true;
    const results = await refresh.refreshAll();

    expect(results.filter(r => r.error)).toHaveLength(3);
    const stale = await snapshot('fraud-scoring-api');
    expect(stale).toMatchObject({
      stale: true,
      score: 100,
      error:
        'Source fake failed: Could not load credentials from any providers',
    });
    expect(stale?.models).toHaveLength(1);
  });

  it('hands the scheduler signal to the sources and stops storing once it fires', async () => {
    const { source, refresh, snapshot } = await setUp(id, standard);
    const controller = new AbortController();
    source.read.mockImplementationOnce(async (targets, { signal }) => {
      expect(signal).toBe(controller.signal);
      controller.abort();
      return targets.map(({ entityRef }) => ({ entityRef, reading }));
    });
    const results = await refresh.refreshAll(controller.signal);
    expect(results.filter(r => r.error)).toHaveLength(3);
    expect((await snapshot('fraud-scoring-api'))?.error).toBe(
      'The refresh was stopped when it ran past mlops.schedule.timeout; the next one tries again',
    );
  });

  it('tells the owners of a change once, and nothing while the state stays the same', async () => {
    const { refresh, source, notifications } = await setUp(id, [healthy]);
    await refresh.refreshAll();
    expect(notifications).toEqual([]); // a secure service: nothing needs attention
    // The endpoint configuration loses its KMS key: a high check starts failing
    const evidence = secureEvidence();
    delete evidence.endpoints![0].kmsKeyId;
    source.reading = { ...reading, evidence };
    await refresh.refreshAll();
    expect(notifications.map(n => n.payload)).toEqual([
      expect.objectContaining({
        title: 'fraud-scoring-api fails 1 high check',
        description: 'Endpoint storage encrypted with a KMS key',
        severity: 'high',
        link: '/catalog/default/component/fraud-scoring-api/ml',
        scope: 'mlops:component:default/fraud-scoring-api:checks',
      }),
    ]);
    expect(notifications[0].recipients).toEqual({
      type: 'entity',
      entityRef: ['group:default/fraud-ml'],
    });
    notifications.length = 0;
    await refresh.refreshAll();
    expect(notifications).toEqual([]);
  });

  it('tells the owners once when the data of an entity has not been read for a day', async () => {
    const { refresh, source, notifications, knex } = await setUp(id, [healthy]);
    await refresh.refreshAll();
    source.failing.add('component:default/fraud-scoring-api');
    await refresh.refreshAll(); // stale, but read an hour ago: nothing to tell
    expect(notifications).toEqual([]);
    await knex('mlops_entities').update({
      refreshed_at: new Date(Date.now() - 2 * 86_400_000),
    });
    await refresh.refreshAll();
    await refresh.refreshAll();
    expect(notifications.map(n => n.payload.title)).toEqual([
      'The ML data of fraud-scoring-api has not been read for a day',
    ]);
    expect(notifications[0].payload.description).toBe(
      'ThrottlingException: Rate exceeded',
    );
    // A good read ends the outage: the next one is told again
    source.failing.clear();
    await refresh.refreshAll();
    source.failing.add('component:default/fraud-scoring-api');
    await knex('mlops_entities').update({
      refreshed_at: new Date(Date.now() - 2 * 86_400_000),
    });
    await refresh.refreshAll();
    expect(notifications).toHaveLength(2);
  });

  it('forgets entities that left the catalog, even when the refresh itself failed', async () => {
    const { database, source, refresh, snapshot } = await setUp(id, standard);
    await refresh.refreshAll();
    await database.snapshots.markStale(
      {
        entityRef: 'component:default/departed',
        title: 'x',
        owner: 'group:default/x',
        profile: 'standard',
        approvers: ['group:default/x'],
      },
      'gone',
    );
    source.throwAll = true;
    await refresh.refreshAll();
    expect(await snapshot('departed')).toBeUndefined();
  });

  it('evaluates a posted report at once from the stored reading, newest report last', async () => {
    const { database, source, refresh, snapshot } = await setUp(id, standard);
    await refresh.refreshAll();
    const entityRef = 'component:default/fraud-scoring-api';
    const scan = (image: string, critical: number) => ({
      entityRef,
      kind: 'container-scan' as const,
      tool: 'trivy',
      submittedBy:
        'external:github-actions:repo:acme/fraud-scoring-api:ref:refs/heads/main',
      submittedAt: new Date(),
      summary: '',
      payload: { tool: 'trivy', image, critical, high: 0 },
    });
    await Promise.all([
      refresh.addEvidence(healthy, scan('fraud:13', 4)),
      refresh.addEvidence(healthy, scan('fraud:14', 0)),
      refresh.addEvidence(healthy, scan('fraud:15', 2)),
    ]);

    expect(source.read).toHaveBeenCalledTimes(1);
    const newest = await database.evidence.newest(entityRef);
    const check = (await snapshot('fraud-scoring-api'))?.checks.find(
      c => c.id === 'container-scan-clean',
    );
    // Whatever order the posts landed in, the snapshot reflects the newest one.
    expect(check?.resource).toBe(newest.containerScan?.image);
  });

  it('keeps nothing of a post whose evaluation fails', async () => {
    const { database, refresh } = await setUp(id, standard);
    await refresh.refreshAll();
    const entityRef = 'component:default/fraud-scoring-api';
    jest
      .spyOn(database.snapshots, 'saveSnapshot')
      .mockRejectedValueOnce(new Error('disk full'));
    await expect(
      refresh.addEvidence(healthy, {
        entityRef,
        kind: 'container-scan',
        tool: 'trivy',
        submittedBy: 'ci',
        submittedAt: new Date(),
        summary: '',
        payload: { tool: 'trivy', image: 'x', critical: 0, high: 0 },
      }),
    ).rejects.toThrow('disk full');
    await expect(database.evidence.newest(entityRef)).resolves.toEqual({});
  });
});
