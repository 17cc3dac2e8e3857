import { mlopsEntityConditions } from '@aidlc/plugin-mlops-node';
import {
  ALL,
  databaseFor,
  databases,
  failing,
  FRAUD,
  PERSONALIZATION,
  snapshot,
} from './__testUtils__/snapshots';
import { EntityFilter } from './entityFilter';

describe.each(databases.eachSupportedId())('fleet queries on %p', id => {
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
    // Approvers are a list: a ref matches one of them, and no ref is a prefix of another
    await save(
      snapshot('e', {
        owner: PERSONALIZATION,
        approvers: ['group:default/leads', 'user:default/mei'],
      }),
    );
    const approvers = (values: string[]) =>
      refs(where({ property: 'approvers', values }));
    expect(await approvers(['user:default/mei'])).toBe(1);
    expect(await approvers(['group:default/lead', 'user:default/me'])).toBe(0);
    expect(await approvers([FRAUD])).toBe(2); // a and b: approved by their owner
    expect(await approvers(['group:default/x%'])).toBe(0); // no wildcard
    await db.snapshots.removeEntitiesExcept(
      ['a', 'b', 'c', 'd'].map(n => `component:default/${n}`),
    );

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
      (await db.summaries.summarizeOwners(where(owner([FRAUD])))).map(
        o => o.owner,
      ),
    ).toEqual([FRAUD]);
    // The policy's own condition objects produce the same filter
    expect(
      mlopsEntityConditions.isEntityOwner({ claims: [FRAUD] }),
    ).toMatchObject({
      rule: 'IS_ENTITY_OWNER',
      params: { claims: [FRAUD] },
    });
  });

  it('puts every blocked service first, whatever its score, then those at risk', async () => {
    const { db, save } = await databaseFor(id);
    const none = { critical: 0, high: 0, medium: 0, low: 0 };
    await save(snapshot('clean', { score: 92, failed: { ...none, low: 1 } }));
    await save(
      snapshot('critical', { score: 93, failed: { ...none, critical: 1 } }),
    );
    await save(snapshot('high', { score: 60, failed: { ...none, high: 2 } }));
    await save(snapshot('no-report', { score: 95, missingEvidence: 1 }));
    await db.snapshots.markStale(snapshot('never-read'), 'AccessDenied');
    const page = await db.fleet.listFleet({ limit: 2 }, ALL);
    const rest = await db.fleet.listFleet({ cursor: page.nextCursor }, ALL);
    expect(
      [...page.items, ...rest.items].map(r => [r.title, r.verdict]),
    ).toEqual([
      ['critical', 'blocked'],
      ['high', 'at_risk'],
      ['no-report', 'evidence_missing'],
      ['clean', 'passing'],
      ['never-read', 'not_evaluated'],
    ]);
    const blocked = await db.fleet.listFleet({ verdict: 'blocked' }, ALL);
    expect(blocked.items.map(r => r.title)).toEqual(['critical']);
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
});
