import { mlopsEvidenceSubmitPermission } from '@aidlc/plugin-mlops-common';
import {
  createMlopsEntityConditionalDecision,
  mlopsEntityConditions,
} from '@aidlc/plugin-mlops-node';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';

import {
  AuthorizeResult,
  isResourcePermission,
  Permission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  demoEntities,
  demoGroups,
  demoUsers,
} from '../__testUtils__/demoCatalog';
import {
  startMlopsBackend,
  pipelineHeader,
} from '../__testUtils__/startMlopsBackend';

const BASE = '/api/mlops';
const FRAUD_API = `${BASE}/entities/component/default/fraud-scoring-api`;
const RECOMMENDER = `${BASE}/entities/component/default/product-recommender`;

/** A policy like the portal's: admins everything, a team its own services, others nothing. */
function decide(credentials: BackstageCredentials, permission: Permission) {
  const principal = credentials.principal as
    | BackstageUserPrincipal
    | { type: 'service' };
  if (principal.type === 'service') {
    return { result: AuthorizeResult.ALLOW } as const;
  }
  const user = principal.userEntityRef;
  if (user === demoUsers.admin)
    return { result: AuthorizeResult.ALLOW } as const;
  if (
    user === demoUsers.outsider ||
    !isResourcePermission(permission, 'mlops-entity')
  ) {
    return { result: AuthorizeResult.DENY } as const;
  }
  return createMlopsEntityConditionalDecision(
    permission as ResourcePermission<'mlops-entity'>,
    mlopsEntityConditions.isEntityOwner({
      claims: [user, ...demoGroups[user]],
    }),
  );
}

const permissions = mockServices.permissions.mock({
  authorizeConditional: async (requests, { credentials }) =>
    requests.map(r => decide(credentials, r.permission)) as any,
  authorize: async (requests, { credentials }) =>
    requests.map(r =>
      decide(credentials, r.permission).result === AuthorizeResult.ALLOW
        ? { result: AuthorizeResult.ALLOW }
        : { result: AuthorizeResult.DENY },
    ),
});

/** A formula in a title must reach a spreadsheet as text. */
const formulaTitled = {
  ...demoEntities().find(e => e.metadata.name === 'kyc-document-classifier')!,
};
formulaTitled.metadata = {
  ...formulaTitled.metadata,
  title: '=HYPERLINK("http://x")',
};

const auth = {
  owner: mockCredentials.user.header(demoUsers.fraud),
  otherTeam: mockCredentials.user.header(demoUsers.personalization),
  admin: mockCredentials.user.header(demoUsers.admin),
  outsider: mockCredentials.user.header(demoUsers.outsider),
  none: mockCredentials.none.header(),
  service: mockCredentials.service.header(),
  ci: pipelineHeader('fraud-scoring-api'),
  otherCi: pipelineHeader('churn-predictor'),
  staticCi: `Bearer mock-service-token:${JSON.stringify({
    sub: 'ml-pipelines',
  })}`,
};

describe('mlops router', () => {
  let server: Awaited<ReturnType<typeof startMlopsBackend>>['server'];

  beforeAll(async () => {
    const entities = demoEntities().map(e =>
      e.metadata.name === 'kyc-document-classifier' ? formulaTitled : e,
    );
    ({ server } = await startMlopsBackend({
      entities,
      mlops: {
        refresh: { manualInterval: { minutes: 5 } },
        evidence: {
          subjects: [
            {
              subject: 'ml-pipelines',
              entities: ['component:default/transaction-anomaly-detector'],
            },
          ],
        },
      },
      features: [permissions.factory],
    }));
    // Each team refreshes its own services once; the admin the one left to nobody.
    for (const e of entities.filter(
      x =>
        x.metadata.annotations?.['aws.amazon.com/sagemaker-endpoint'] ||
        x.metadata.annotations?.[
          'aws.amazon.com/sagemaker-model-package-group'
        ],
    )) {
      const owner =
        (e.spec as { owner: string }).owner === 'fraud-ml'
          ? auth.owner
          : auth.otherTeam;
      await request(server)
        .post(`${BASE}/entities/component/default/${e.metadata.name}/refresh`)
        .set('Authorization', owner)
        .expect(200);
    }
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
        { name: 'txn-anomaly-rcf', versions: [{ version: 6 }, { version: 5 }] },
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
    expect(whole.body).toEqual({
      ...models.body,
      ...drift.body,
      ...compliance.body,
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

  describe('evidence', () => {
    const scan = {
      kind: 'container-scan',
      tool: 'trivy',
      image: 'fraud:14',
      critical: 0,
      high: 2,
    };
    const post = (path: string, who: string, body: object) =>
      request(server)
        .post(`${path}/evidence`)
        .set('Authorization', who)
        .send(body);

    it('takes a report from the pipeline of the repository the entity names, and scores it at once', async () => {
      const before = (await get(`${FRAUD_API}/compliance`, auth.admin)).body;
      const posted = await post(FRAUD_API, auth.ci, { ...scan, critical: 3 });
      expect(posted.status).toBe(202);
      const after = (await get(`${FRAUD_API}/compliance`, auth.admin)).body;
      expect(after.score).toBeLessThan(before.score);
      expect(after.reports[0]).toEqual({
        kind: 'container-scan',
        tool: 'trivy',
        submittedAt: expect.any(String),
        submittedBy:
          'external:github-actions:repo:aidlc-demo/fraud-scoring-api:ref:refs/heads/main',
        summary: 'fraud:14: 3 critical, 2 high vulnerabilities',
      });
      expect(Date.parse(after.reports[0].submittedAt)).toBeGreaterThan(
        Date.parse(before.reports[0].submittedAt),
      );
      // The cached fleet answer follows at once
      const fleet = await get(
        `${BASE}/compliance?orderBy=title&limit=100`,
        auth.admin,
      );
      expect(
        fleet.body.items.find((r: any) => r.title === 'Fraud Scoring API')
          .score,
      ).toBe(after.score);
    });

    it('takes the policy gate report as the scaffolder action writes it', async () => {
      const report = {
        kind: 'policy-gate',
        tool: 'mlops:terraform:check',
        passed: false,
        failOn: 'high',
        filesChecked: 10,
        violations: [
          {
            rule: 'sagemaker-endpoint-kms',
            severity: 'critical',
            message: 'no KMS key',
            resource: 'aws_sagemaker_endpoint_configuration.main',
            file: 'sagemaker.tf',
          },
        ],
      };
      expect((await post(FRAUD_API, auth.ci, report)).status).toBe(202);
      const { reports } = (await get(`${FRAUD_API}/compliance`, auth.owner))
        .body;
      expect(reports.map((r: any) => `${r.kind}: ${r.summary}`)).toEqual([
        'container-scan: fraud:14: 3 critical, 2 high vulnerabilities',
        'policy-gate: failed: 1 critical',
      ]);
    });

    it.each`
      who              | path                                                         | status | message
      ${auth.otherCi}  | ${FRAUD_API}                                                 | ${403} | ${'The token of repository "aidlc-demo/churn-predictor" may not post evidence for component:default/fraud-scoring-api'}
      ${auth.staticCi} | ${FRAUD_API}                                                 | ${403} | ${'"ml-pipelines" may not post evidence for component:default/fraud-scoring-api'}
      ${auth.service}  | ${FRAUD_API}                                                 | ${403} | ${'may not post evidence'}
      ${auth.owner}    | ${FRAUD_API}                                                 | ${403} | ${"does not allow 'user' credentials"}
      ${auth.none}     | ${FRAUD_API}                                                 | ${401} | ${''}
      ${auth.ci}       | ${`${BASE}/entities/group/default/fraud-ml`}                 | ${404} | ${'not found'}
      ${auth.ci}       | ${`${BASE}/entities/component/default/customer-profile-api`} | ${403} | ${'takes no evidence'}
    `(
      'refuses $path to a caller it does not trust: $status',
      async ({ who, path, status, message }) => {
        const response = await post(path, who, scan);
        expect(response.status).toBe(status);
        expect(response.body.error.message).toContain(message);
      },
    );

    it('takes a static token only for the entities its subject is mapped to', async () => {
      expect(
        (
          await post(
            `${BASE}/entities/component/default/transaction-anomaly-detector`,
            auth.staticCi,
            scan,
          )
        ).status,
      ).toBe(202);
    });

    it.each([
      ['a boolean count', { ...scan, critical: false }],
      ['a null count', { ...scan, high: null }],
      ['a count as text', { ...scan, critical: '0' }],
      ['a negative count', { ...scan, critical: -1 }],
      ['an unknown kind', { ...scan, kind: 'sbom' }],
      ['a missing field', { kind: 'container-scan', tool: 'trivy' }],
      ['an unknown field', { ...scan, admin: true }],
    ])('refuses %s with 400 and keeps nothing', async (_, body) => {
      const before = (await get(`${FRAUD_API}/compliance`, auth.admin)).body
        .reports;
      const response = await post(FRAUD_API, auth.ci, body);
      expect(response.status).toBe(400);
      expect(
        (await get(`${FRAUD_API}/compliance`, auth.admin)).body.reports,
      ).toEqual(before);
    });

    it('refuses reports over the size limit', async () => {
      const violations = Array.from({ length: 900 }, (_, i) => ({
        rule: `rule-${i}`.padEnd(190, 'x'),
        severity: 'low',
        resource: 'r'.padEnd(400, 'x'),
      }));
      const response = await post(FRAUD_API, auth.ci, {
        kind: 'policy-gate',
        tool: 'checkov',
        passed: false,
        violations,
      });
      expect(response.status).toBe(413);
    });

    it('audits the permission a restricted token lacks', async () => {
      permissions.authorize.mockImplementationOnce(async requests => {
        expect(requests[0].permission).toEqual(mlopsEvidenceSubmitPermission);
        return [{ result: AuthorizeResult.DENY }];
      });
      const response = await post(FRAUD_API, auth.ci, scan);
      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe(
        'This token may not post evidence (permission mlops.evidence.submit)',
      );
    });
  });

  it.each`
    method    | path                                                                    | who           | status
    ${'get'}  | ${`${FRAUD_API}/models`}                                                | ${auth.none}  | ${401}
    ${'get'}  | ${`${BASE}/compliance`}                                                 | ${auth.none}  | ${401}
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
