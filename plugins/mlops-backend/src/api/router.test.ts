import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { resolve } from 'node:path';
import request from 'supertest';
import { mlopsPlugin } from '../plugin';

const OUTSIDER = 'user:default/outsider';
const demoFile = resolve(__dirname, '../../../../examples/mlops-demo.yaml');

function service(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations },
    spec: { type: 'service', owner: 'fraud-ml', lifecycle: 'production' },
  };
}

const entities = [
  service('fraud-scoring-api', {
    'aws.amazon.com/sagemaker-model-package-group': 'fraud-scoring-xgb',
    'aws.amazon.com/sagemaker-endpoint': 'fraud-scoring-prod',
    'aidlc.io/compliance-profile': 'restricted-data',
  }),
  service('transaction-anomaly-detector', {
    'aws.amazon.com/sagemaker-model-package-group': 'txn-anomaly-rcf',
    'aws.amazon.com/sagemaker-endpoint': 'txn-anomaly-prod',
  }),
  service('customer-profile-api', {}),
];

const isOutsider = (credentials: BackstageCredentials) =>
  (credentials.principal as BackstageUserPrincipal).userEntityRef === OUTSIDER;

/** The outsider may read nothing in the catalog and may not refresh. */
function catalogFor() {
  const catalog = catalogServiceMock({ entities });
  return catalogServiceMock.mock({
    getEntities: (req, options) => catalog.getEntities(req, options),
    getEntityByRef: async (ref, options) =>
      options && 'credentials' in options && isOutsider(options.credentials)
        ? undefined
        : catalog.getEntityByRef(ref, options),
  });
}

const permissions = mockServices.permissions.mock({
  authorize: async (requests, { credentials }) =>
    requests.map(() => ({
      result: isOutsider(credentials)
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW,
    })),
  authorizeConditional: async (requests, { credentials }) =>
    requests.map(() => ({
      result: isOutsider(credentials)
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW,
    })),
});

describe('mlops router', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const user = mockCredentials.user.header();
  const outsider = mockCredentials.user.header(OUTSIDER);
  const ci = mockCredentials.service.header();
  const none = mockCredentials.none.header();

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        mlopsPlugin,
        mockServices.rootConfig.factory({
          data: {
            mlops: {
              demo: { file: demoFile },
              schedule: {
                frequency: { hours: 24 },
                timeout: { minutes: 1 },
                initialDelay: { hours: 1 },
              },
            },
          },
        }),
        catalogFor().factory,
        permissions.factory,
      ],
    }));
    for (const name of ['fraud-scoring-api', 'transaction-anomaly-detector']) {
      await request(server)
        .post(`/api/mlops/entities/component/default/${name}/refresh`)
        .set('Authorization', user)
        .expect(200);
    }
  });

  it('serves models, drift and compliance computed from the demo data', async () => {
    const base =
      '/api/mlops/entities/component/default/transaction-anomaly-detector';
    const models = await request(server)
      .get(`${base}/models`)
      .set('Authorization', user);
    expect(models.status).toBe(200);
    expect(models.body).toMatchObject({
      entityRef: 'component:default/transaction-anomaly-detector',
      stale: false,
      groups: [
        { name: 'txn-anomaly-rcf', versions: [{ version: 6 }, { version: 5 }] },
      ],
    });

    const drift = await request(server)
      .get(`${base}/drift`)
      .set('Authorization', user);
    expect(drift.body.endpoints[0]).toMatchObject({
      name: 'txn-anomaly-prod',
      status: 'drifting',
    });
    const series = drift.body.endpoints[0].metrics[0];
    expect(series.points).toHaveLength(57); // 14 days, every 6 hours
    expect(series.points.at(-1).v).toBeGreaterThan(series.threshold);

    const compliance = await request(server)
      .get(`${base}/compliance`)
      .set('Authorization', ci);
    expect(compliance.body).toMatchObject({
      profile: 'standard',
      stale: false,
    });
    const failed = compliance.body.checks
      .filter((c: any) => c.status === 'fail')
      .map((c: any) => c.id);
    expect(failed.sort()).toEqual([
      'data-capture-kms',
      'last-monitoring-clean',
    ]);
  });

  it('pages the fleet worst first and sums it up per owner', async () => {
    const page = await request(server)
      .get('/api/mlops/compliance?limit=1')
      .set('Authorization', user);
    expect(page.body.totalItems).toBe(2);
    expect(page.body.items[0].entityRef).toBe(
      'component:default/transaction-anomaly-detector',
    );
    const next = await request(server)
      .get(`/api/mlops/compliance?limit=1&cursor=${page.body.nextCursor}`)
      .set('Authorization', user);
    expect(next.body.items[0]).toMatchObject({
      entityRef: 'component:default/fraud-scoring-api',
      score: 100,
    });
    expect(next.body.nextCursor).toBeUndefined();

    const owners = await request(server)
      .get('/api/mlops/compliance/owners')
      .set('Authorization', user);
    expect(owners.body.items).toEqual([
      expect.objectContaining({
        owner: 'group:default/fraud-ml',
        services: 2,
        failingServices: 1,
      }),
    ]);
  });

  it('exports the filtered fleet as CSV', async () => {
    const csv = await request(server)
      .get('/api/mlops/compliance/export?check=last-monitoring-clean')
      .set('Authorization', user);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^component:default\/transaction-anomaly-detector,/,
    );
  });

  it('shows nothing of an entity to a user who cannot read it in the catalog', async () => {
    await request(server)
      .get('/api/mlops/entities/component/default/fraud-scoring-api/models')
      .set('Authorization', outsider)
      .expect(404);
    const fleet = await request(server)
      .get('/api/mlops/compliance')
      .set('Authorization', outsider);
    expect(fleet.body).toEqual({ items: [], totalItems: 0 });
    const models = await request(server)
      .get('/api/mlops/models')
      .set('Authorization', outsider);
    expect(models.body.items).toEqual([]);
  });

  it('takes evidence from pipelines and scores it at once', async () => {
    const fleetScore = async () =>
      (
        await request(server)
          .get('/api/mlops/compliance?orderBy=title')
          .set('Authorization', user)
      ).body.items.find((r: any) => r.title === 'fraud-scoring-api').score;
    expect(await fleetScore()).toBe(100);
    await request(server)
      .post('/api/mlops/entities/component/default/fraud-scoring-api/evidence')
      .set('Authorization', ci)
      .send({
        kind: 'container-scan',
        tool: 'trivy',
        image: 'fraud:14',
        critical: 3,
        high: 0,
      })
      .expect(202);
    const compliance = await request(server)
      .get('/api/mlops/entities/component/default/fraud-scoring-api/compliance')
      .set('Authorization', user);
    expect(compliance.body.score).toBeLessThan(100);
    // The cached fleet answer is replaced at once, not after its time runs out
    expect(await fleetScore()).toBe(compliance.body.score);
    expect(
      compliance.body.checks.find((c: any) => c.id === 'container-scan-clean'),
    ).toMatchObject({
      status: 'fail',
      resource: 'fraud:14',
    });
  });

  const entity = '/api/mlops/entities/component/default/fraud-scoring-api';
  const unknown = '/api/mlops/entities/component/default/no-such-service';
  const scan = {
    kind: 'container-scan',
    tool: 'trivy',
    image: 'x:1',
    critical: 0,
    high: 0,
  };

  // Reads answer 404 rather than 403 to users who may not read the entity: they must not learn it exists.
  it.each`
    method    | path                                                                   | auth        | body                          | status
    ${'get'}  | ${`${entity}/models`}                                                  | ${none}     | ${undefined}                  | ${401}
    ${'get'}  | ${`${entity}/drift`}                                                   | ${none}     | ${undefined}                  | ${401}
    ${'get'}  | ${`${entity}/compliance`}                                              | ${none}     | ${undefined}                  | ${401}
    ${'post'} | ${`${entity}/refresh`}                                                 | ${none}     | ${undefined}                  | ${401}
    ${'post'} | ${`${entity}/evidence`}                                                | ${none}     | ${scan}                       | ${401}
    ${'get'}  | ${'/api/mlops/compliance'}                                             | ${none}     | ${undefined}                  | ${401}
    ${'get'}  | ${'/api/mlops/compliance/owners'}                                      | ${none}     | ${undefined}                  | ${401}
    ${'get'}  | ${'/api/mlops/compliance/export'}                                      | ${none}     | ${undefined}                  | ${401}
    ${'get'}  | ${'/api/mlops/models'}                                                 | ${none}     | ${undefined}                  | ${401}
    ${'get'}  | ${'/api/mlops/checks'}                                                 | ${none}     | ${undefined}                  | ${401}
    ${'post'} | ${`${entity}/refresh`}                                                 | ${outsider} | ${undefined}                  | ${404}
    ${'post'} | ${`${entity}/evidence`}                                                | ${user}     | ${scan}                       | ${403}
    ${'get'}  | ${`${unknown}/models`}                                                 | ${user}     | ${undefined}                  | ${404}
    ${'get'}  | ${`${unknown}/drift`}                                                  | ${user}     | ${undefined}                  | ${404}
    ${'get'}  | ${`${unknown}/compliance`}                                             | ${user}     | ${undefined}                  | ${404}
    ${'post'} | ${`${unknown}/refresh`}                                                | ${user}     | ${undefined}                  | ${404}
    ${'post'} | ${`${unknown}/evidence`}                                               | ${ci}       | ${scan}                       | ${404}
    ${'get'}  | ${'/api/mlops/entities/component/default/customer-profile-api/models'} | ${user}     | ${undefined}                  | ${404}
    ${'get'}  | ${'/api/mlops/entities/component/default/Bad%20Name!/models'}          | ${user}     | ${undefined}                  | ${400}
    ${'post'} | ${`${entity}/evidence`}                                                | ${ci}       | ${{ kind: 'container-scan' }} | ${400}
    ${'post'} | ${`${entity}/evidence`}                                                | ${ci}       | ${{ ...scan, critical: -1 }}  | ${400}
    ${'post'} | ${`${entity}/evidence`}                                                | ${ci}       | ${{ ...scan, kind: 'sbom' }}  | ${400}
    ${'get'}  | ${'/api/mlops/compliance?limit=0'}                                     | ${user}     | ${undefined}                  | ${400}
    ${'get'}  | ${'/api/mlops/compliance?severity=extreme'}                            | ${user}     | ${undefined}                  | ${400}
    ${'get'}  | ${'/api/mlops/compliance?orderBy=secret'}                              | ${user}     | ${undefined}                  | ${400}
    ${'get'}  | ${'/api/mlops/compliance?cursor=garbage'}                              | ${user}     | ${undefined}                  | ${400}
    ${'get'}  | ${'/api/mlops/compliance?sql=1'}                                       | ${user}     | ${undefined}                  | ${400}
    ${'get'}  | ${'/api/mlops/compliance/export?check=DROP%20TABLE'}                   | ${user}     | ${undefined}                  | ${400}
    ${'get'}  | ${'/api/mlops/models?limit=100000'}                                    | ${user}     | ${undefined}                  | ${400}
  `('$method $path → $status', async ({ method, path, auth, body, status }) => {
    let call = (request(server) as any)[method](path);
    call = call.set('Authorization', auth);
    if (body) call = call.send(body);
    const response = await call;
    expect(response.status).toBe(status);
    expect(response.body.error.message).toBeTruthy();
  });

  it('lists the check catalog to services too', async () => {
    const response = await request(server)
      .get('/api/mlops/checks')
      .set('Authorization', ci);
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBeGreaterThanOrEqual(25);
  });

  it('refuses refreshes to users without mlops.refresh', async () => {
    permissions.authorize.mockResolvedValueOnce([
      { result: AuthorizeResult.DENY },
    ]);
    const response = await request(server)
      .post(`${entity}/refresh`)
      .set('Authorization', user);
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(
      'Refreshing ML data needs the mlops.refresh permission',
    );
  });

  it('refuses evidence reports over the size limit', async () => {
    const violations = Array.from({ length: 900 }, (_, i) => ({
      rule: `rule-${i}`.padEnd(190, 'x'),
      severity: 'low',
      resource: 'r'.padEnd(400, 'x'),
    }));
    const response = await request(server)
      .post(`${entity}/evidence`)
      .set('Authorization', ci)
      .send({
        kind: 'policy-gate',
        tool: 'checkov',
        passed: false,
        violations,
      });
    expect(response.status).toBe(413);
  });
});
