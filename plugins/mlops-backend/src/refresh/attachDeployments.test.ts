import { ModelGroup } from '@aidlc/plugin-mlops-common';
import { EndpointEvidence } from '@aidlc/plugin-mlops-node';
import { attachDeployments } from './attachDeployments';

const version = (v: number) => ({
  version: v,
  arn: `arn:aws:sagemaker:eu-west-1:111122223333:model-package/churn/${v}`,
  approvalStatus: 'Approved' as const,
  createdAt: '2026-11-01T00:00:00Z',
  metrics: {},
});
const groups: ModelGroup[] = [
  {
    name: 'churn',
    arn: 'arn:group',
    versions: [version(3), version(2), version(1)],
  },
];

describe('attachDeployments', () => {
  it('says which variants serve each version, with their share of the traffic', () => {
    const canary: EndpointEvidence = {
      name: 'churn-prod',
      updatedAt: '2026-11-20T08:00:00Z',
      variants: [
        {
          name: 'current',
          instanceCount: 3,
          modelName: 'm2',
          modelPackages: [version(2).arn],
          weight: 9,
        },
        {
          name: 'canary',
          instanceCount: 1,
          modelName: 'm3',
          modelPackages: [version(3).arn],
          weight: 1,
        },
      ],
      servedModelPackages: [version(2).arn, version(3).arn],
    };
    const [group] = attachDeployments(groups, [canary]);
    expect(group.versions.map(v => v.deployments)).toEqual([
      [
        {
          endpoint: 'churn-prod',
          variant: 'canary',
          trafficShare: 0.1,
          instanceCount: 1,
          since: '2026-11-20T08:00:00Z',
        },
      ],
      [
        {
          endpoint: 'churn-prod',
          variant: 'current',
          trafficShare: 0.9,
          instanceCount: 3,
          since: '2026-11-20T08:00:00Z',
        },
      ],
      undefined,
    ]);
  });

  it("gives an endpoint's only version to its variants when the source names no packages per variant, and forgets old deployments", () => {
    const served = attachDeployments(groups, [
      {
        name: 'churn-batch',
        variants: [{ name: 'AllTraffic', instanceCount: 2, modelName: 'm1' }],
        servedModelPackages: [version(1).arn],
      },
    ]);
    expect(served[0].versions[2].deployments).toEqual([
      {
        endpoint: 'churn-batch',
        variant: 'AllTraffic',
        trafficShare: 1,
        instanceCount: 2,
      },
    ]);
    // The next refresh without that endpoint leaves no stale deployment behind
    expect(
      attachDeployments(served, [])[0].versions[2].deployments,
    ).toBeUndefined();
  });

  it('marks a serverless variant, which has no instances to count', () => {
    const [group] = attachDeployments(groups, [
      {
        name: 'churn-serverless',
        variants: [
          {
            name: 'AllTraffic',
            instanceCount: 0,
            modelName: 'm3',
            serverless: true,
          },
        ],
        servedModelPackages: [version(3).arn],
      },
    ]);
    expect(group.versions[0].deployments).toEqual([
      {
        endpoint: 'churn-serverless',
        variant: 'AllTraffic',
        trafficShare: 1,
        instanceCount: 0,
        serverless: true,
      },
    ]);
  });
});
