import {
  ALL,
  databaseFor,
  databases,
  failing,
  FRAUD,
  PERSONALIZATION,
  snapshot,
} from './__testUtils__/snapshots';

const NONE = { critical: 0, high: 0, medium: 0, low: 0 };

describe.each(databases.eachSupportedId())('fleet summaries on %p', id => {
  it('sums up evaluated services per owner, blocked teams first, and counts those not evaluated yet apart', async () => {
    const { db, save } = await databaseFor(id);
    await save(snapshot('a', { score: 80, failed: { ...NONE, medium: 2 } }));
    await save(snapshot('b', { score: 100 }));
    await db.snapshots.markStale(snapshot('never-read'), 'AccessDenied');
    await save(
      snapshot('c', {
        owner: PERSONALIZATION,
        score: 95,
        failed: { ...NONE, critical: 1, low: 1 },
      }),
    );
    await db.snapshots.markStale(
      snapshot('new', { owner: 'group:default/new-team' }),
      'AccessDenied',
    );
    const verdicts = {
      blocked: 0,
      at_risk: 0,
      evidence_missing: 0,
      passing: 0,
      not_evaluated: 0,
    };
    await expect(db.summaries.summarizeOwners(ALL)).resolves.toEqual([
      {
        owner: PERSONALIZATION,
        verdicts: { ...verdicts, blocked: 1 },
        services: 1,
        notEvaluated: 0,
        failingServices: 1,
        averageScore: 95,
        failed: { ...NONE, critical: 1, low: 1 },
      },
      {
        owner: FRAUD,
        verdicts: { ...verdicts, passing: 2, not_evaluated: 1 },
        services: 2,
        notEvaluated: 1,
        failingServices: 1,
        averageScore: 90,
        failed: { ...NONE, medium: 2 },
      },
      {
        owner: 'group:default/new-team',
        verdicts: { ...verdicts, not_evaluated: 1 },
        services: 0,
        notEvaluated: 1,
        failingServices: 0,
        averageScore: undefined,
        failed: NONE,
      },
    ]);
    await expect(db.summaries.summarizeOwners({ none: true })).resolves.toEqual(
      [],
    );
  });

  it('counts services per verdict and names the checks failing on most of them', async () => {
    const { db, save } = await databaseFor(id);
    const kms = failing('bucket-sse-kms', 'critical');
    const admin = failing('role-no-admin-policies', 'high');
    await save(
      snapshot('a', { failed: { ...NONE, critical: 1 }, checks: [kms, admin] }),
    );
    await save(
      snapshot('b', { failed: { ...NONE, critical: 1 }, checks: [kms] }),
    );
    await save(
      snapshot('c', { failed: { ...NONE, high: 1 }, checks: [admin] }),
    );
    await save(
      snapshot('d', {
        owner: PERSONALIZATION,
        failed: { ...NONE, critical: 1 },
        checks: [kms],
      }),
    );
    await save(snapshot('e', { missingEvidence: 1 }));
    const checkIds = [
      'role-no-admin-policies',
      'bucket-sse-kms',
      'kms-key-rotation',
    ];
    await expect(db.summaries.summarizeFleet(ALL, checkIds)).resolves.toEqual({
      verdicts: {
        blocked: 3,
        at_risk: 1,
        evidence_missing: 1,
        passing: 0,
        not_evaluated: 0,
      },
      topFailingChecks: [
        { check: 'bucket-sse-kms', services: 3 },
        { check: 'role-no-admin-policies', services: 2 },
      ],
    });
    // What the caller may not read is not counted
    const theirs = await db.summaries.summarizeFleet(
      { where: { property: 'owner', values: [PERSONALIZATION] } },
      checkIds,
    );
    expect(theirs.verdicts.blocked).toBe(1);
    expect(theirs.topFailingChecks).toEqual([
      { check: 'bucket-sse-kms', services: 1 },
    ]);
    const nothing = await db.summaries.summarizeFleet({ none: true }, checkIds);
    expect(nothing.verdicts.blocked).toBe(0);
    expect(nothing.topFailingChecks).toEqual([]);
  });
});
