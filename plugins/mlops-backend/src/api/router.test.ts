import request from 'supertest';
import { auth, BASE, startTeamBackend } from './__testUtils__/teamBackend';

const FRAUD_API = `${BASE}/entities/component/default/fraud-scoring-api`;
const RECOMMENDER = `${BASE}/entities/component/default/product-recommender`;

describe('mlops router', () => {
  let server: Awaited<ReturnType<typeof startTeamBackend>>;

  beforeAll(async () => {
    server = await startTeamBackend();
  });

  const get = (path: string, who: string) =>
    request(server).get(path).set('Authorization', who);

  it('serves models, drift and compliance of a team service to its team', async () => {
    const models = await get(
      `${BASE}/entities/component/default/transaction-anomaly-detector/models`,
      auth.owner,
    );
    expect(models.status).toBe(200);
    expect(models.body).toMatchObject({
      entityRef: 'component:default/transaction-anomaly-detector',
      stale: false,
      groups: [
        {
          name: 'txn-anomaly-rcf',
          versions: [
            // v6 serves all the traffic of the production endpoint
            {
              version: 6,
              deployments: [
                {
                  endpoint: 'txn-anomaly-prod',
                  trafficShare: 1,
                  since: '2026-10-30T10:12:00Z',
                },
              ],
            },
            { version: 5 },
          ],
        },
      ],
    });
    const drift = await get(
      `${BASE}/entities/component/default/transaction-anomaly-detector/drift`,
      auth.owner,
    );
    expect(drift.body.endpoints[0]).toMatchObject({
      name: 'txn-anomaly-prod',
      status: 'drifting',
    });
    const series = drift.body.endpoints[0].metrics[0];
    expect(series.points.at(-1).v).toBeGreaterThan(series.threshold);

    const compliance = await get(
      `${BASE}/entities/component/default/transaction-anomaly-detector/compliance`,
      auth.owner,
    );
    expect(compliance.body).toMatchObject({
      profile: 'restricted-data',
      stale: false,
    });
    // The newest pipeline reports the evaluation read (here the demo's), with who sent them
    expect(
      compliance.body.reports.map((r: any) => `${r.kind}: ${r.summary}`),
    ).toEqual([
      'container-scan: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/txn-anomaly-rcf:2.1.0-6: 0 critical, 0 high vulnerabilities',
      'policy-gate: passed: no violations',
    ]);
    expect(
      compliance.body.checks
        .filter((c: any) => c.status === 'fail')
        .map((c: any) => c.id)
        .sort(),
    ).toEqual(['data-capture-kms', 'last-monitoring-clean']);

    // The ML tab's one request holds the three parts, as the part routes answer them
    const whole = await get(
      `${BASE}/entities/component/default/transaction-anomaly-detector`,
      auth.owner,
    );
    expect(whole.status).toBe(200);
    const lifecycle = await get(
      `${BASE}/entities/component/default/transaction-anomaly-detector/lifecycle`,
      auth.owner,
    );
    expect(whole.body).toEqual({
      ...models.body,
      ...drift.body,
      ...compliance.body,
      ...lifecycle.body,
    });
  });

  it('refuses another team 403 on entity routes and leaves its rows out of fleet views', async () => {
    for (const part of ['', '/models', '/drift', '/compliance']) {
      const denied = await get(`${RECOMMENDER}${part}`, auth.owner);
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toBe(
        'You may not read the ML data of component:default/product-recommender (permission mlops.entity.read)',
      );
    }
    const fleet = await get(`${BASE}/compliance?limit=2`, auth.owner);
    expect(fleet.body.totalItems).toBe(3);
    expect(
      fleet.body.items.every((r: any) => r.owner === 'group:default/fraud-ml'),
    ).toBe(true);
    const next = await get(
      `${BASE}/compliance?limit=2&cursor=${fleet.body.nextCursor}`,
      auth.owner,
    );
    expect(next.body.items).toHaveLength(1);
    expect(
      (await get(`${BASE}/compliance/owners`, auth.owner)).body.items.map(
        (o: any) => o.owner,
      ),
    ).toEqual(['group:default/fraud-ml']);
    const models = await get(`${BASE}/models`, auth.otherTeam);
    expect(new Set(models.body.items.map((m: any) => m.owner))).toEqual(
      new Set(['group:default/personalization-ml']),
    );
    // Which versions serve, and whether one that serves is not approved
    expect(
      models.body.items.find((m: any) => m.group === 'search-query-intent'),
    ).toMatchObject({ servedVersions: [3], servesUnapproved: true });
    expect(
      models.body.items.find((m: any) => m.group === 'churn-gbm'),
    ).toMatchObject({ servedVersions: [9], servesUnapproved: false });
    const csv = await get(`${BASE}/compliance/export`, auth.otherTeam);
    expect(csv.text.trim().split('\r\n')).toHaveLength(1 + 4);

    const nothing = await get(`${BASE}/compliance`, auth.outsider);
    expect(nothing.body).toEqual({ items: [], totalItems: 0 });
    expect((await get(`${BASE}/compliance`, auth.admin)).body.totalItems).toBe(
      7,
    );
  });

  it('sums up the fleet per owner and exports it with formulas defused', async () => {
    const owners = await get(`${BASE}/compliance/owners`, auth.admin);
    expect(owners.body.items).toEqual([
      expect.objectContaining({
        owner: 'group:default/personalization-ml',
        services: 4,
        notEvaluated: 0,
      }),
      expect.objectContaining({
        owner: 'group:default/fraud-ml',
        services: 3,
        notEvaluated: 0,
      }),
    ]);
    const csv = await get(
      `${BASE}/compliance/export?orderBy=title`,
      auth.admin,
    );
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain(`,"'=HYPERLINK(""http://x"")",`);
    // Verdicts and failed checks as a person reads them
    expect(csv.text).toMatch(
      /Product Recommender,.*,Blocked,.*No admin or full-access managed policies on execution roles \(critical\)/,
    );

    const summary = await get(`${BASE}/compliance/summary`, auth.otherTeam);
    expect(summary.body).toMatchObject({
      visibility: 'limited',
      verdicts: expect.objectContaining({ blocked: expect.any(Number) }),
    });
    const readable = await get(`${BASE}/compliance?limit=100`, auth.otherTeam);
    expect(
      Object.values(summary.body.verdicts).reduce((a: any, b: any) => a + b),
    ).toBe(readable.body.totalItems);
    expect(summary.body.topFailingChecks[0]).toEqual({
      check: expect.any(String),
      services: expect.any(Number),
    });
  });

  it('refreshes for owners, once per interval, and answers 429 with Retry-After to the second', async () => {
    const again = await request(server)
      .post(`${FRAUD_API}/refresh`)
      .set('Authorization', auth.owner);
    expect(again.status).toBe(429);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
    expect(again.body.error.name).toBe('TooManyRequestsError');
    const foreign = await request(server)
      .post(`${RECOMMENDER}/refresh`)
      .set('Authorization', auth.owner);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.message).toContain('permission mlops.refresh');
  });

  it.each`
    method    | path                                                                    | who           | status
    ${'get'}  | ${`${FRAUD_API}/models`}                                                | ${auth.none}  | ${401}
    ${'get'}  | ${`${BASE}/compliance`}                                                 | ${auth.none}  | ${401}
    ${'get'}  | ${`${BASE}/compliance/summary`}                                         | ${auth.none}  | ${401}
    ${'get'}  | ${`${BASE}/checks`}                                                     | ${auth.none}  | ${401}
    ${'get'}  | ${`${BASE}/entities/component/default/nope/models`}                     | ${auth.admin} | ${404}
    ${'post'} | ${`${BASE}/entities/component/default/nope/refresh`}                    | ${auth.admin} | ${404}
    ${'get'}  | ${`${BASE}/entities/component/default/customer-profile-api/compliance`} | ${auth.admin} | ${404}
    ${'post'} | ${`${BASE}/entities/component/default/customer-profile-api/refresh`}    | ${auth.admin} | ${404}
    ${'get'}  | ${`${BASE}/entities/component/default/Bad%20Name!/models`}              | ${auth.admin} | ${400}
    ${'get'}  | ${`${BASE}/compliance?limit=0`}                                         | ${auth.admin} | ${400}
    ${'get'}  | ${`${BASE}/compliance?severity=extreme`}                                | ${auth.admin} | ${400}
    ${'get'}  | ${`${BASE}/compliance?orderBy=secret`}                                  | ${auth.admin} | ${400}
    ${'get'}  | ${`${BASE}/compliance?cursor=garbage`}                                  | ${auth.admin} | ${400}
    ${'get'}  | ${`${BASE}/compliance?cursor=bnVsbA`}                                   | ${auth.admin} | ${400}
    ${'get'}  | ${`${BASE}/compliance?owner=a%00b`}                                     | ${auth.admin} | ${400}
    ${'get'}  | ${`${BASE}/compliance?system=%0d%0a`}                                   | ${auth.admin} | ${400}
    ${'get'}  | ${`${BASE}/models?q=%00`}                                               | ${auth.admin} | ${400}
    ${'get'}  | ${`${BASE}/compliance?sql=1`}                                           | ${auth.admin} | ${400}
    ${'get'}  | ${`${BASE}/compliance/export?check=DROP%20TABLE`}                       | ${auth.admin} | ${400}
    ${'get'}  | ${`${BASE}/models?limit=100000`}                                        | ${auth.admin} | ${400}
  `('$method $path → $status', async ({ method, path, who, status }) => {
    const response = await (request(server) as any)
      [method](path)
      .set('Authorization', who);
    expect(response.status).toBe(status);
    expect(response.body.error.message).toBeTruthy();
  });

  it('lists the check catalog to services too', async () => {
    const response = await get(`${BASE}/checks`, auth.service);
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBeGreaterThanOrEqual(25);
  });
});
