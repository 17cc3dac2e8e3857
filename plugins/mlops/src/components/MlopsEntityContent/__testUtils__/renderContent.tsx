/** Demo-like responses of the mlops API and a render of the ML tab (or another entity view) around them. */
import {
  EntityCompliance,
  EntityDrift,
  EntityMlData,
  EntityModels,
  MlopsApi,
} from '@aidlc/plugin-mlops-common';
import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { identityApiRef } from '@backstage/core-plugin-api';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { mlopsApiRef } from '../../../api';
import { MlopsEntityContent } from '../MlopsEntityContent';

export const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'transaction-anomaly-detector',
    annotations: { 'aws.amazon.com/sagemaker-endpoint': 'txn-anomaly-prod' },
  },
  spec: { type: 'service', owner: 'fraud-ml', lifecycle: 'production' },
};

const freshness = {
  entityRef: 'component:default/transaction-anomaly-detector',
  refreshedAt: '2026-11-25T10:00:00Z',
  stale: false,
};

export const models: EntityModels = {
  ...freshness,
  groups: [
    {
      name: 'txn-anomaly-rcf',
      arn: 'arn:aws:sagemaker:eu-west-1:111122223333:model-package-group/txn-anomaly-rcf',
      versions: [
        {
          version: 7,
          arn: 'arn:v7',
          approvalStatus: 'PendingManualApproval',
          createdAt: '2026-11-20T10:00:00Z',
          metrics: { precision_at_100: 0.74 },
        },
        {
          version: 6,
          arn: 'arn:v6',
          approvalStatus: 'Approved',
          createdAt: '2026-10-28T13:40:09Z',
          approvedAt: '2026-10-30T09:05:00Z',
          approvedBy:
            'arn:aws:sts::111122223333:assumed-role/ml-approver/amara.okafor',
          metrics: { precision_at_100: 0.71 },
          trainingJob: 'txn-anomaly-rcf-train-1',
        },
        {
          version: 5,
          arn: 'arn:v5',
          approvalStatus: 'Rejected',
          createdAt: '2026-09-15T10:11:32Z',
          metrics: { precision_at_100: 0.52 },
        },
      ],
    },
  ],
};

export const drift: EntityDrift = {
  ...freshness,
  endpoints: [
    {
      name: 'txn-anomaly-prod',
      status: 'drifting',
      schedules: [
        {
          name: 'txn-anomaly-prod-data-quality',
          type: 'DataQuality',
          status: 'Scheduled',
          lastExecution: {
            status: 'CompletedWithViolations',
            scheduledAt: '2026-11-25T08:00:00Z',
            violations: 3,
            violationDetails: [
              {
                feature: 'merchant_category',
                constraint: 'baseline_drift_check',
                description:
                  'Baseline drift distance: 0.34 exceeds threshold: 0.2',
              },
            ],
          },
        },
      ],
      metrics: [
        {
          name: 'feature_baseline_drift_merchant_category',
          feature: 'merchant_category',
          method: 'js',
          threshold: 0.2,
          aboveThresholdSince: '2026-11-25T10:00:00Z',
          points: [
            { t: '2026-11-24T10:00:00Z', v: 0.12 },
            { t: '2026-11-25T10:00:00Z', v: 0.34 },
          ],
        },
      ],
    },
  ],
};

export const compliance: EntityCompliance = {
  ...freshness,
  evaluatedAt: '2026-11-25T10:00:01Z',
  profile: 'restricted-data',
  verdict: 'blocked',
  score: 93,
  failed: { critical: 1, high: 0, medium: 1, low: 0 },
  missingEvidence: 0,
  reports: [
    {
      kind: 'container-scan',
      tool: 'trivy',
      submittedAt: '2026-11-25T08:00:00Z',
      submittedBy:
        'external:github-actions:repo:aidlc-demo/transaction-anomaly-detector:ref:refs/heads/main',
      summary: 'txn-anomaly:6: 0 critical, 2 high vulnerabilities',
    },
  ],
  checks: [
    {
      id: 'bucket-versioning',
      title: 'ML buckets keep object versions',
      principle: 'defense-in-depth',
      severity: 'low',
      status: 'pass',
      remediation: 'Enable versioning.',
      controls: { checkov: 'CKV_AWS_21' },
    },
    {
      id: 'data-capture-kms',
      title: 'Captured inference data encrypted with a KMS key',
      principle: 'encryption',
      severity: 'critical',
      status: 'fail',
      resource: 'txn-anomaly-prod',
      message: 'txn-anomaly-prod captures data without a KMS key',
      remediation:
        'Set DataCaptureConfig.KmsKeyId on the endpoint configuration.',
      controls: {},
    },
    {
      id: 'last-monitoring-clean',
      title: 'The last monitoring executions found no violations',
      principle: 'defense-in-depth',
      severity: 'medium',
      status: 'fail',
      remediation: 'Look at the violation report.',
      controls: {},
    },
  ],
};

/** The ML tab's one answer: the three parts together. */
export const mlData: EntityMlData = {
  ...models,
  ...drift,
  ...compliance,
  stages: [],
};

/** `mlData` with the approved v6 serving all the traffic of txn-anomaly-prod. */
export const mlDataServingV6: EntityMlData = {
  ...mlData,
  groups: mlData.groups.map(group => ({
    ...group,
    versions: group.versions.map(v =>
      v.version === 6
        ? {
            ...v,
            deployments: [
              {
                endpoint: 'txn-anomaly-prod',
                variant: 'current',
                trafficShare: 1,
                instanceCount: 2,
              },
            ],
          }
        : v,
    ),
  })),
};

/** The error the API client throws for an answer with this status and error name. */
export function responseError(status: number, name: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message: name },
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ) as any,
  );
}

export function apiWith(
  overrides: Partial<MlopsApi> = {},
): jest.Mocked<MlopsApi> {
  return {
    getEntity: jest.fn(async () => mlData),
    refresh: jest.fn(async () => {}),
    decideModelVersion: jest.fn(async (_ref, request) => ({
      ...request,
      by: 'user:default/test',
      at: '2026-11-26T10:00:00Z',
    })),
    getFleet: jest.fn(),
    getFleetSummary: jest.fn(),
    getFleetByOwner: jest.fn(),
    getModelCatalog: jest.fn(),
    getChecks: jest.fn(),
    ...overrides,
  } as jest.Mocked<MlopsApi>;
}

export async function renderContent(
  api: MlopsApi,
  options: {
    entity?: Entity;
    refresh?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    read?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    approve?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    /** What to render of the entity: the ML tab unless told */
    content?: JSX.Element;
  } = {},
) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [mlopsApiRef, api],
        // Signed in as user:default/test
        [identityApiRef, mockApis.identity()],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: request =>
              ({
                'mlops.refresh': options.refresh,
                'mlops.model.approve': options.approve,
              }[request.permission.name] ??
              options.read ??
              AuthorizeResult.ALLOW),
          }),
        ],
      ]}
    >
      <EntityProvider entity={options.entity ?? entity}>
        {options.content ?? <MlopsEntityContent />}
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}
