import {
  ACCOUNT,
  createSource,
  fraudScoring,
  READ,
  readingOf,
} from './__testUtils__/createSource';
import { mockAws } from './__testUtils__/mockAws';

const aws = mockAws();
afterAll(() => aws.restore());

const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const VPC = 'vpc-0f1e2d3c4b5a69788';

describe('AwsSource evidence', () => {
  it('normalizes the evidence every check reads', async () => {
    const outcomes = await createSource().read([fraudScoring], READ);
    const { evidence } = readingOf(outcomes, fraudScoring.entityRef);
    expect(evidence.gaps).toBeUndefined();
    expect(evidence.endpoints).toEqual([
      {
        name: 'fraud-scoring-prod',
        variants: [
          {
            name: 'AllTraffic',
            modelName: 'fraud-scoring-v2',
            instanceCount: 2,
            serverless: false,
            // Which version the variant serves, and its share of the traffic
            modelPackages: [
              `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:model-package/fraud-scoring-xgb/2`,
            ],
            weight: 1,
          },
        ],
        updatedAt: '2026-10-19T15:10:00.000Z',
        kmsKeyId: KEY,
        dataCapture: {
          enabled: true,
          kmsKeyId: KEY,
          destination: 's3://fraud-ml-capture-111122223333/fraud-scoring-prod',
        },
        deployment: {
          strategy: 'canary',
          autoRollbackAlarms: [
            'fraud-scoring-prod-5xx',
            'fraud-scoring-prod-latency-p99',
          ],
        },
        servedModelPackages: [
          `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:model-package/fraud-scoring-xgb/2`,
        ],
      },
    ]);
    expect(evidence.models).toEqual([
      expect.objectContaining({
        name: 'fraud-scoring-v2',
        networkIsolation: true,
        vpcConfig: expect.objectContaining({ vpcId: VPC }),
      }),
    ]);
    expect(evidence.trainingJobs).toEqual([
      expect.objectContaining({
        name: 'fraud-xgb-2026-11-20-09-01-12-345',
        outputKmsKeyId: KEY,
        volumeKmsKeyId: KEY,
        networkIsolation: true,
        interContainerEncryption: true,
        vpcConfig: expect.objectContaining({ vpcId: VPC }),
      }),
    ]);
    expect(evidence.monitoringJobs).toEqual([
      expect.objectContaining({
        name: 'fraud-scoring-prod-data-quality-def',
        networkIsolation: true,
        outputKmsKeyId: KEY,
      }),
    ]);
    const buckets = Object.fromEntries(evidence.buckets!.map(b => [b.name, b]));
    expect(buckets['fraud-ml-models-111122223333']).toMatchObject({
      purpose: 'model-artifacts',
      encryption: { algorithm: 'aws:kms', kmsKeyId: KEY },
      versioning: true,
      policy: {
        Statement: [
          { Sid: 'DenyInsecureTransport' },
          { Sid: 'DenyUnencryptedUploads' },
        ],
      },
    });
    expect(buckets['fraud-ml-capture-111122223333']).toEqual({
      name: 'fraud-ml-capture-111122223333',
      purpose: 'data-capture',
      encryption: { algorithm: 'AES256' },
      publicAccessBlock: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      },
      versioning: false,
    });
    expect(buckets['fraud-ml-data-111122223333']).toMatchObject({
      purpose: 'training-data',
    });
    // The data key is named by alias on the bucket and found by its ARN.
    expect(evidence.kmsKeys).toEqual([
      { arn: KEY, manager: 'CUSTOMER', rotationEnabled: true },
      {
        arn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`,
        manager: 'CUSTOMER',
        rotationEnabled: false,
      },
    ]);
    const roles = Object.fromEntries(
      evidence.roles!.map(r => [r.arn.split('/').pop(), r]),
    );
    expect(roles['fraud-scoring-inference']).toMatchObject({
      usedBy: ['inference'],
      inlinePolicies: [{ name: 'read-model-artifacts' }],
    });
    expect(
      roles['fraud-scoring-training'].inlinePolicies[0].document.Statement[0],
    ).toMatchObject({ Action: 's3:*', Resource: '*' });
    expect(roles['fraud-scoring-monitoring']).toMatchObject({
      usedBy: ['monitoring'],
      attachedManagedPolicies: ['AmazonSageMakerFullAccess'],
    });
    expect(evidence.vpcEndpoints).toEqual([
      {
        vpcId: VPC,
        services: expect.arrayContaining([
          'com.amazonaws.eu-west-1.sagemaker.runtime',
        ]),
      },
    ]);
    expect(evidence.vpcEndpoints![0].services).toHaveLength(9);
    expect(evidence.cloudTrail).toEqual({
      trails: [
        {
          name: 'org-audit',
          multiRegion: true,
          logFileValidation: true,
          logging: true,
          kmsKeyId:
            'arn:aws:kms:us-east-1:111122223333:key/5555aaaa-55aa-55aa-55aa-5555aaaa5555',
          s3DataEventBuckets: [
            'fraud-ml-models-111122223333',
            'fraud-ml-data-111122223333',
          ],
        },
      ],
    });
    expect(evidence.guardDuty).toEqual({ enabled: true });
    expect(evidence.awsConfig).toEqual({ recording: true, allResources: true });
  });
});
