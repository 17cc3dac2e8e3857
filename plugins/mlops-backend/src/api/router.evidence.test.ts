import { mlopsEvidenceSubmitPermission } from '@aidlc/plugin-mlops-common';
import request from 'supertest';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  auth,
  BASE,
  permissions,
  startTeamBackend,
} from './__testUtils__/teamBackend';

const FRAUD_API = `${BASE}/entities/component/default/fraud-scoring-api`;

describe('mlops router: evidence of pipelines', () => {
  let server: Awaited<ReturnType<typeof startTeamBackend>>;

  beforeAll(async () => {
    server = await startTeamBackend();
  });

  const get = (path: string, who: string) =>
    request(server).get(path).set('Authorization', who);

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
      fleet.body.items.find((r: any) => r.title === 'Fraud Scoring API').score,
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
    const { reports } = (await get(`${FRAUD_API}/compliance`, auth.owner)).body;
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
