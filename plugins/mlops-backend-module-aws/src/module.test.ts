// The module is tested inside the plugin it extends.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import mlopsPlugin from '@aidlc/plugin-mlops-backend';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { GetBucketPolicyCommand } from '@aws-sdk/client-s3';
import { resolve } from 'node:path';
import request from 'supertest';
import { awsConfig } from './__testUtils__/createSource';
import { mockAws } from './__testUtils__/mockAws';
import mlopsModuleAws from '.';

const aws = mockAws();
afterAll(() => aws.restore());

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'fraud-scoring-api',
    annotations: {
      'aws.amazon.com/sagemaker-model-package-group': 'fraud-scoring-xgb',
      'aws.amazon.com/sagemaker-endpoint': 'fraud-scoring-prod',
    },
  },
  spec: {
    type: 'service',
    owner: 'group:default/fraud-ml',
    lifecycle: 'production',
  },
};

describe('mlops backend with the AWS source', () => {
  const base = '/api/mlops/entities/component/default/fraud-scoring-api';
  const user = mockCredentials.user.header();
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

  beforeAll(async () => {
    // The bucket policy may not be read: its checks must say so rather than pass.
    aws.s3
      .on(GetBucketPolicyCommand)
      .rejects(
        Object.assign(new Error('Access Denied'), { name: 'AccessDenied' }),
      );
    ({ server } = await startTestBackend({
      features: [
        mlopsPlugin,
        mlopsModuleAws,
        mockServices.rootConfig.factory({
          data: {
            ...awsConfig,
            mlops: {
              ...awsConfig.mlops,
              // Configured too, as in app-config.yaml: the AWS source replaces it.
              demo: {
                file: resolve(__dirname, '../../../examples/mlops-demo.yaml'),
              },
              schedule: {
                frequency: { hours: 24 },
                timeout: { minutes: 1 },
                initialDelay: { hours: 1 },
              },
            },
          },
        }),
        catalogServiceMock.factory({ entities: [entity] }),
      ],
    }));
    await request(server)
      .post(`${base}/refresh`)
      .set('Authorization', user)
      .expect(200);
  });

  it('fills the same views as the demo source, in its place', async () => {
    const models = await request(server)
      .get(`${base}/models`)
      .set('Authorization', user)
      .expect(200);
    expect(models.body).toMatchObject({
      stale: false,
      groups: [
        {
          name: 'fraud-scoring-xgb',
          versions: [
            { version: 3 },
            { version: 2, approvalStatus: 'Approved' },
          ],
        },
      ],
    });

    const drift = await request(server)
      .get(`${base}/drift`)
      .set('Authorization', user)
      .expect(200);
    // The last Model Monitor run found violations: the endpoint drifts.
    expect(drift.body.endpoints).toMatchObject([
      { name: 'fraud-scoring-prod', status: 'drifting' },
    ]);

    const compliance = await request(server)
      .get(`${base}/compliance`)
      .set('Authorization', user)
      .expect(200);
    const status = Object.fromEntries(
      compliance.body.checks.map((c: { id: string; status: string }) => [
        c.id,
        c.status,
      ]),
    );
    expect(status).toMatchObject({
      'endpoint-config-kms': 'pass',
      'model-network-isolation': 'pass',
      'vpc-endpoints-present': 'pass',
      'approved-model-served': 'pass',
      'safe-deployment': 'pass',
      'cloudtrail-multi-region': 'pass',
      'role-no-admin-policies': 'fail',
      'role-no-wildcards': 'fail',
      'last-monitoring-clean': 'fail',
      'bucket-deny-insecure-transport': 'error',
      'bucket-sse-kms': 'error',
    });
    const denied = compliance.body.checks.find(
      (c: { id: string }) => c.id === 'bucket-deny-insecure-transport',
    );
    expect(denied.message).toMatch(/Access Denied/);
  });
});
