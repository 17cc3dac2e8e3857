import { SourceReading } from '@aidlc/plugin-mlops-node';
import {
  GetMetricDataCommand,
  ListMetricsCommand,
} from '@aws-sdk/client-cloudwatch';
import { GetBucketPolicyCommand } from '@aws-sdk/client-s3';
import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  DescribeTrainingJobCommand,
  ListModelPackagesCommand,
} from '@aws-sdk/client-sagemaker';
import { DescribeKeyCommand } from '@aws-sdk/client-kms';
import 'aws-sdk-client-mock-jest';
import {
  ACCOUNT,
  READ,
  churn,
  createSource,
  fraudScoring,
  target,
} from './__testUtils__/createSource';
import { fixture } from './__testUtils__/fixtures';
import { awsError, mockAws } from './__testUtils__/mockAws';

const aws = mockAws();
afterAll(() => aws.restore());

const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const VPC = 'vpc-0f1e2d3c4b5a69788';

function readingOf(
  outcomes: Awaited<ReturnType<ReturnType<typeof createSource>['read']>>,
  entityRef: string,
) {
  const outcome = outcomes.find(o => o.entityRef === entityRef);
  if (!outcome || 'error' in outcome) {
    throw new Error(
      `No reading for ${entityRef}: ${
        outcome && 'error' in outcome ? outcome.error.message : 'none'
      }`,
    );
  }
  return outcome.reading as SourceReading;
}

function errorOf(
  outcomes: Awaited<ReturnType<ReturnType<typeof createSource>['read']>>,
  entityRef: string,
) {
  const outcome = outcomes.find(o => o.entityRef === entityRef);
  return outcome && 'error' in outcome ? outcome.error.message : undefined;
}

describe('AwsSource', () => {
  beforeEach(() => {
    aws.sagemaker.resetHistory();
    aws.cloudwatch.resetHistory();
    aws.s3.resetHistory();
    aws.kms.resetHistory();
  });

  it('reads the model registry with metrics, approver and lineage', async () => {
    const outcomes = await createSource().read([fraudScoring], READ);
    const { models } = readingOf(outcomes, fraudScoring.entityRef);
    expect(models).toEqual([
      {
        name: 'fraud-scoring-xgb',
        arn: `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:model-package-group/fraud-scoring-xgb`,
        versions: [
          expect.objectContaining({
            version: 3,
            approvalStatus: 'PendingManualApproval',
            createdAt: '2026-11-20T09:12:44.000Z',
            metrics: {
              recall: 0.881,
              precision: 0.8315,
              accuracy: 0.9927,
              auc: 0.9712,
              f1: 0.8555,
            },
            trainingJob: 'fraud-xgb-2026-11-20-09-01-12-345',
            trainingData:
              's3://fraud-ml-data-111122223333/curated/2026-10/train/',
            image:
              '141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.7-1',
            modelDataUrl: expect.stringContaining('TrainModel-AbC123'),
          }),
          expect.objectContaining({
            version: 2,
            approvalStatus: 'Approved',
            approvedBy: 'maria-lopez',
            approvedAt: '2026-10-19T14:30:00.000Z',
            metrics: {},
          }),
        ],
      },
    ]);
    expect(models[0].versions[0]).not.toHaveProperty('approvedBy');
    // Metadata only: no kms:Decrypt needed for model cards.
    expect(aws.sagemaker).toHaveReceivedCommandWith(
      DescribeModelPackageCommand,
      {
        ModelPackageName: `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:model-package/fraud-scoring-xgb/3`,
        IncludedData: 'MetadataOnly',
      },
    );
  });

  it('reads Model Monitor schedules and the drift job, with every drift series in one GetMetricData call', async () => {
    const outcomes = await createSource().read([fraudScoring, churn], READ);
    const fraud = readingOf(outcomes, fraudScoring.entityRef).endpoints[0];
    expect(fraud.schedules).toEqual([
      {
        name: 'fraud-scoring-prod-data-quality',
        type: 'DataQuality',
        status: 'Scheduled',
        // Two violations in the execution's constraint_violations.json
        lastExecution: {
          status: 'CompletedWithViolations',
          scheduledAt: '2026-11-25T08:00:00.000Z',
          violations: 2,
        },
      },
    ]);
    // Both spellings of the dimensions; not feature_null_*, not another endpoint's metric.
    expect(fraud.metrics.map(m => m.name)).toEqual([
      'feature_baseline_drift_amount',
      'feature_baseline_drift_merchant_category',
    ]);
    expect(fraud.metrics[0]).toMatchObject({
      threshold: 0.2,
      points: [{ v: 0.05 }, { v: 0.15 }, { v: 0.25 }],
    });

    const churnEndpoint = readingOf(outcomes, churn.entityRef).endpoints[0];
    expect(churnEndpoint).toMatchObject({
      name: 'churn-prod',
      schedules: [
        {
          name: 'churn-prod-drift-job',
          type: 'DriftJob',
          lastExecution: {
            status: 'Completed',
            scheduledAt: '2026-11-25T08:00:00.000Z',
            violations: 0,
          },
        },
      ],
    });
    expect(churnEndpoint.metrics).toHaveLength(2);

    expect(aws.cloudwatch).toHaveReceivedCommandTimes(ListMetricsCommand, 5);
    expect(aws.cloudwatch).toHaveReceivedCommandTimes(GetMetricDataCommand, 1);
    const [call] = aws.cloudwatch.commandCalls(GetMetricDataCommand);
    expect(call.args[0].input.MetricDataQueries).toHaveLength(4);
    expect(call.args[0].input.MetricDataQueries![0].MetricStat).toMatchObject({
      Period: 7200,
      Stat: 'Maximum',
    });
  });

  it('lists no drift metrics when no entity names an endpoint', async () => {
    const registryOnly = target('registry-only', {
      'aws.amazon.com/sagemaker-model-package-group': 'fraud-scoring-xgb',
    });
    const outcomes = await createSource().read([registryOnly], READ);
    expect(readingOf(outcomes, registryOnly.entityRef).endpoints).toEqual([]);
    expect(aws.cloudwatch).not.toHaveReceivedCommand(ListMetricsCommand);
  });

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
          },
        ],
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

  it('describes immutable things once and re-reads them only when they change', async () => {
    const source = createSource();
    await source.read([fraudScoring, churn], READ);
    aws.sagemaker.resetHistory();
    aws.s3.resetHistory();
    aws.kms.resetHistory();

    await source.read([fraudScoring, churn], READ);
    expect(aws.sagemaker).toHaveReceivedCommandTimes(
      ListModelPackagesCommand,
      1,
    );
    expect(aws.sagemaker).toHaveReceivedCommandTimes(
      DescribeEndpointCommand,
      2,
    );
    expect(aws.sagemaker).not.toHaveReceivedCommand(
      DescribeModelPackageCommand,
    );
    expect(aws.sagemaker).not.toHaveReceivedCommand(
      DescribeEndpointConfigCommand,
    );
    expect(aws.sagemaker).not.toHaveReceivedCommand(DescribeModelCommand);
    expect(aws.sagemaker).not.toHaveReceivedCommand(DescribeTrainingJobCommand);
    expect(aws.s3).not.toHaveReceivedCommand(GetBucketPolicyCommand);
    expect(aws.kms).not.toHaveReceivedCommand(DescribeKeyCommand);

    // Someone approves version 3: that version alone is described again.
    const list = fixture('sagemaker').ListModelPackages;
    list.ModelPackageSummaryList[0].ModelApprovalStatus = 'Approved';
    aws.sagemaker.resetHistory(); // "once" counts from the last reset
    aws.sagemaker
      .on(ListModelPackagesCommand, {
        ModelPackageGroupName: 'fraud-scoring-xgb',
      })
      .resolvesOnce(list);
    await source.read([fraudScoring], READ);
    expect(aws.sagemaker).toHaveReceivedCommandTimes(
      DescribeModelPackageCommand,
      1,
    );
    expect(aws.sagemaker).toHaveReceivedCommandWith(
      DescribeModelPackageCommand,
      {
        ModelPackageName: list.ModelPackageSummaryList[0].ModelPackageArn,
      },
    );
  });

  // Mocked clients skip the SDK's middleware: the words of errors are tested on the wire
  // (AwsClients.test.ts, AwsSource.timeouts.test.ts); here, what each error does.
  it('turns a permission AWS denies into a gap, not a crash or a pass', async () => {
    aws.s3.on(GetBucketPolicyCommand).rejectsOnce(
      Object.assign(awsError('AccessDenied', 'Access Denied', 403), {
        name: 'AccessDenied',
      }),
    );
    const outcomes = await createSource().read([fraudScoring], READ);
    const { evidence, models } = readingOf(outcomes, fraudScoring.entityRef);
    expect(evidence.buckets).toBeUndefined();
    expect(evidence.gaps?.buckets).toBe('Access Denied');
    expect(evidence.roles).toHaveLength(3); // the other sections still read
    expect(models[0].versions).toHaveLength(2);
  });

  it('marks only the entity whose call failed', async () => {
    aws.sagemaker
      .on(DescribeEndpointCommand, { EndpointName: 'churn-prod' })
      .rejectsOnce(awsError('ThrottlingException', 'Rate exceeded'));
    const outcomes = await createSource().read([fraudScoring, churn], READ);
    expect(errorOf(outcomes, churn.entityRef)).toBe('Rate exceeded');
    expect(readingOf(outcomes, fraudScoring.entityRef).models).toHaveLength(1);
  });

  it('fails the entity, not one of its sections, when the endpoint itself cannot be read', async () => {
    aws.sagemaker
      .on(DescribeEndpointCommand, { EndpointName: 'churn-prod' })
      .rejectsOnce(awsError('AccessDeniedException', 'not authorized', 403));
    const outcomes = await createSource().read([churn], READ);
    expect(errorOf(outcomes, churn.entityRef)).toBe('not authorized');
  });

  it('refuses entities outside the configured accounts and regions, and names unknown endpoints', async () => {
    const outcomes = await createSource().read(
      [
        target('elsewhere', {
          'aws.amazon.com/sagemaker-endpoint': 'x',
          'aidlc.io/aws-account': '999988887777',
        }),
        target('other-region', {
          'aws.amazon.com/sagemaker-endpoint': 'x',
          'aidlc.io/aws-region': 'us-west-2',
        }),
        target('gone', { 'aws.amazon.com/sagemaker-endpoint': 'unknown' }),
      ],
      READ,
    );
    expect(errorOf(outcomes, 'component:default/elsewhere')).toBe(
      'AWS account 999988887777 of x is not one of mlops.aws.accounts',
    );
    expect(errorOf(outcomes, 'component:default/other-region')).toBe(
      'Region us-west-2 of x is not configured for account 111122223333',
    );
    expect(errorOf(outcomes, 'component:default/gone')).toMatch(
      /Could not find endpoint/,
    );
  });
});
