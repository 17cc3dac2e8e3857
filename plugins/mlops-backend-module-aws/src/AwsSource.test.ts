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
  readingOf,
  target,
} from './__testUtils__/createSource';
import { fixture } from './__testUtils__/fixtures';
import { mockAws } from './__testUtils__/mockAws';

const aws = mockAws();
afterAll(() => aws.restore());

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
            // Who registered it may not approve it (four eyes)
            registeredBy:
              'arn:aws:sts::111122223333:assumed-role/ml-engineer/lukas.brandt',
          }),
          expect.objectContaining({
            version: 2,
            approvalStatus: 'Approved',
            approvedBy: 'maria-lopez',
            approvedAt: '2026-10-19T14:30:00.000Z',
            decision: {
              status: 'Approved',
              by: 'maria-lopez',
              at: '2026-10-19T14:30:00.000Z',
              comment:
                'Reviewed: AUC and recall above the gate, no bias finding',
            },
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
          // What its constraint_violations.json says, feature by feature
          violationDetails: [
            {
              feature: 'amount',
              constraint: 'baseline_drift_check',
              description:
                'Baseline drift distance: 0.3124 exceeds threshold: 0.1',
            },
            {
              feature: 'merchant_category',
              constraint: 'data_type_check',
              description:
                'Data type match requirement is not met. Expected: String, Observed: Integral (3.1% of values)',
            },
          ],
        },
      },
    ]);
    // Both spellings of the dimensions; not feature_null_*, not another endpoint's metric.
    expect(fraud.metrics.map(m => m.name)).toEqual([
      'feature_baseline_drift_amount',
      'feature_baseline_drift_merchant_category',
    ]);
    expect(fraud.metrics[0]).toMatchObject({
      method: 'model_monitor',
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
    // The drift job names its measure in a Method dimension; a series without one names none.
    expect(
      churnEndpoint.metrics.map(m => [m.name, m.method ?? 'unnamed']),
    ).toEqual([
      ['feature_baseline_drift_monthly_spend', 'unnamed'],
      ['feature_baseline_drift_tenure_months', 'psi'],
    ]);

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
});
