import {
  LIFECYCLE_STAGES,
  SignalStatus,
  StageLifecycle,
  STAGE_TEXT,
} from '@aidlc/plugin-mlops-common';
import { InputError } from '@backstage/errors';
import {
  ALL,
  databaseFor,
  databases,
  FRAUD,
  PERSONALIZATION,
  snapshot,
} from './__testUtils__/snapshots';

/** Stages with these statuses, in order (the rest unknown). */
function stages(...statuses: SignalStatus[]): StageLifecycle[] {
  return LIFECYCLE_STAGES.map((stage, i) => ({
    stage,
    title: STAGE_TEXT[stage].label,
    status: statuses[i] ?? 'unknown',
    signals: [],
  }));
}

const COMPLETE = stages(...LIFECYCLE_STAGES.map(() => 'in_place' as const));
const BEFORE_MONITORING = stages(
  'in_place',
  'in_place',
  'in_place',
  'in_place',
  'in_place',
  'missing',
);
const NO_TRACKING = stages('in_place', 'in_place', 'missing', 'partial');

describe.each(databases.eachSupportedId())('lifecycle queries on %p', id => {
  async function fleet() {
    const { db, save } = await databaseFor(id);
    await save(snapshot('complete', { stages: COMPLETE }));
    await save(
      snapshot('stuck', { owner: PERSONALIZATION, stages: BEFORE_MONITORING }),
    );
    await save(
      snapshot('untracked', { system: undefined, stages: NO_TRACKING }),
    );
    await save(snapshot('new', { owner: PERSONALIZATION }));
    return db;
  }

  it('lists services with their stages, the least mature first, and keeps each document', async () => {
    const db = await fleet();
    const page = await db.lifecycle.listLifecycle({}, ALL);
    expect(page.totalItems).toBe(4);
    expect(page.items.map(r => [r.title, r.inPlace])).toEqual([
      ['new', 0],
      ['untracked', 2],
      ['stuck', 5],
      ['complete', 6],
    ]);
    expect(page.items[2].stages).toEqual({
      collection: 'in_place',
      preparation: 'in_place',
      development: 'in_place',
      training: 'in_place',
      deployment: 'in_place',
      monitoring: 'missing',
    });
    expect(page.items[1]).not.toHaveProperty('system');
    const stored = await db.snapshots.getSnapshot('component:default/stuck');
    expect(stored!.stages).toEqual(BEFORE_MONITORING);
  });

  it('filters by team, system and stage status, within what the caller may read', async () => {
    const db = await fleet();
    const titles = async (query: object, filter = ALL) =>
      (await db.lifecycle.listLifecycle(query, filter)).items.map(r => r.title);
    expect(await titles({ owner: PERSONALIZATION })).toEqual(['new', 'stuck']);
    expect(
      await titles({ system: 'system:default/secure-ml-platform' }),
    ).toHaveLength(3);
    expect(
      await titles({ stage: 'monitoring', stageStatus: 'missing' }),
    ).toEqual(['stuck']);
    expect(
      await titles({ stage: 'development', stageStatus: 'missing' }),
    ).toEqual(['untracked']);
    expect(
      await titles({}, {
        where: { property: 'owner', values: [FRAUD] },
      } as any),
    ).toEqual(['untracked', 'complete']);
    expect(await titles({}, { none: true })).toEqual([]);
  });

  it('pages with a cursor in every order and exports the same rows', async () => {
    const db = await fleet();
    for (const orderBy of [
      'progress',
      'title',
      'owner',
      'entityRef',
    ] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await db.lifecycle.listLifecycle(
          { orderBy, order: 'desc', limit: 3, cursor },
          ALL,
        );
        seen.push(...page.items.map(r => r.entityRef));
        cursor = page.nextCursor;
      } while (cursor);
      const exported = await db.lifecycle.exportLifecycle(
        { orderBy, order: 'desc' },
        ALL,
        100,
      );
      expect(seen).toEqual(exported.map(r => r.entityRef));
      expect(new Set(seen).size).toBe(4);
    }
  });

  it('refuses a stage without a status and the other way round', async () => {
    const db = await fleet();
    await expect(
      db.lifecycle.listLifecycle({ stage: 'training' }, ALL),
    ).rejects.toThrow(InputError);
    await expect(
      db.lifecycle.exportLifecycle({ stageStatus: 'missing' }, ALL, 10),
    ).rejects.toThrow(/give both or neither/);
  });
});
