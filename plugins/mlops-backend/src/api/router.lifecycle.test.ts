import request from 'supertest';
import { auth, BASE, startTeamBackend } from './__testUtils__/teamBackend';

const lifecycleOf = (name: string) =>
  `${BASE}/entities/component/default/${name}/lifecycle`;

/** Stage -> status, and the signals that hold each stage back. */
function standing(body: any) {
  return Object.fromEntries(
    body.stages.map((s: any) => [
      s.stage,
      [
        s.status,
        ...s.signals
          .filter((x: any) => x.status !== 'in_place')
          .map((x: any) => `${x.id}: ${x.status}`),
      ],
    ]),
  );
}

describe('mlops router: lifecycle', () => {
  let server: Awaited<ReturnType<typeof startTeamBackend>>;

  beforeAll(async () => {
    server = await startTeamBackend();
  });

  const get = (path: string, who: string) =>
    request(server).get(path).set('Authorization', who);

  it('tells where each demo service stands, and what holds it back', async () => {
    const complete = await get(lifecycleOf('fraud-scoring-api'), auth.owner);
    expect(complete.status).toBe(200);
    expect(complete.body).toMatchObject({
      entityRef: 'component:default/fraud-scoring-api',
      stale: false,
      evaluatedAt: expect.any(String),
    });
    expect(complete.body.stages.map((s: any) => s.status)).toEqual(
      Array(6).fill('in_place'),
    );
    const retraining = complete.body.stages[5].signals[1];
    expect(retraining).toMatchObject({
      id: 'retraining-trigger',
      resource: 'fraud-scoring-xgb-retrain-on-drift',
      message:
        'fraud-scoring-xgb-retrain-on-drift starts fraud-scoring-xgb on fraud-scoring-prod-feature-drift',
    });

    const stuck = await get(
      lifecycleOf('transaction-anomaly-detector'),
      auth.owner,
    );
    expect(standing(stuck.body)).toEqual({
      collection: ['in_place'],
      preparation: ['in_place'],
      development: ['in_place'],
      training: ['in_place'],
      deployment: ['in_place'],
      monitoring: ['partial', 'retraining-trigger: missing'],
    });
    const untracked = await get(
      lifecycleOf('kyc-document-classifier'),
      auth.owner,
    );
    expect(standing(untracked.body).development).toEqual([
      'missing',
      'experiment-tracking: missing',
    ]);
    // A signal reusing a check says so
    expect(untracked.body.stages[4].signals[0]).toMatchObject({
      id: 'approved-version-served',
      checkId: 'approved-model-served',
    });
  });

  it('answers 401 without credentials and 403 to another team', async () => {
    expect(
      (await get(lifecycleOf('fraud-scoring-api'), auth.none)).status,
    ).toBe(401);
    expect((await get(`${BASE}/lifecycle`, auth.none)).status).toBe(401);
    const denied = await get(lifecycleOf('product-recommender'), auth.owner);
    expect(denied.status).toBe(403);
  });

  it('lists the fleet by stage, only what the caller may read, filtered by team and stage', async () => {
    const team = await get(`${BASE}/lifecycle`, auth.owner);
    expect(team.body.visibility).toBe('limited');
    expect(new Set(team.body.items.map((r: any) => r.owner))).toEqual(
      new Set(['group:default/fraud-ml']),
    );
    // The least mature first
    const inPlace = team.body.items.map((r: any) => r.inPlace);
    expect(inPlace).toEqual([...inPlace].sort((a, b) => a - b));
    expect(team.body.items.at(-1)).toMatchObject({
      entityRef: 'component:default/fraud-scoring-api',
      inPlace: 6,
    });

    const admin = await get(
      `${BASE}/lifecycle?owner=${encodeURIComponent(
        'group:default/personalization-ml',
      )}&orderBy=title`,
      auth.admin,
    );
    expect(admin.body.visibility).toBe('all');
    expect(admin.body.items.map((r: any) => r.title)).toEqual([
      'Churn Predictor',
      'Demand Forecast Batch',
      'Product Recommender',
      'Search Ranking Service',
    ]);
    const noPipeline = await get(
      `${BASE}/lifecycle?stage=preparation&stageStatus=missing`,
      auth.admin,
    );
    expect(noPipeline.body.items.map((r: any) => r.entityRef)).toEqual([
      'component:default/churn-predictor',
    ]);
  });

  it('exports the filtered view as CSV with the stages as the portal names them', async () => {
    const csv = await get(
      `${BASE}/lifecycle/export?owner=${encodeURIComponent(
        'group:default/fraud-ml',
      )}&orderBy=entityRef`,
      auth.admin,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const [header, first] = csv.text.trim().split('\r\n');
    expect(header).toBe(
      'entityRef,title,owner,system,Data collection,Data preparation,Model development,Model training,Model deployment,Monitoring and maintenance,stagesInPlace,evaluatedAt,stale',
    );
    expect(first).toMatch(
      /^component:default\/fraud-scoring-api,Fraud Scoring API,group:default\/fraud-ml,[^,]*,In place,In place,In place,In place,In place,In place,6,/,
    );
  });

  it('refuses invalid filters with 400', async () => {
    for (const query of [
      'stage=training',
      'stageStatus=missing',
      'stage=shipping&stageStatus=missing',
      'orderBy=score',
    ]) {
      const answer = await get(`${BASE}/lifecycle?${query}`, auth.admin);
      expect([query, answer.status]).toEqual([query, 400]);
    }
  });
});
