import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import {
  GetMetricDataCommand,
  ListMetricsCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
} from '@aws-sdk/client-config-service';
import {
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
} from '@aws-sdk/client-ec2';
import {
  GetDetectorCommand,
  ListDetectorsCommand,
} from '@aws-sdk/client-guardduty';
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
} from '@aws-sdk/client-kms';
import {
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetPublicAccessBlockCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  DescribeDataQualityJobDefinitionCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  ListModelPackagesCommand,
  ListMonitoringExecutionsCommand,
  ListMonitoringSchedulesCommand,
  SageMakerServiceException,
} from '@aws-sdk/client-sagemaker';
import { sdkStreamMixin } from '@smithy/core/serde';
import { Readable } from 'node:stream';
import { mockAwsClients } from './awsClientMocks';
import { fixture } from './fixtures';
import { answerNetworkAndImages } from './mockNetworkAndImages';
import { answerModelCards } from './mockModelCards';
import { answerPipelines } from './mockPipelines';

/** An error shaped like the SDK's, for the given AWS error code. */
export function awsError(name: string, message: string, status = 400) {
  return new SageMakerServiceException({
    name,
    message,
    $fault: 'client',
    $metadata: { httpStatusCode: status },
  });
}

function s3Error(name: string, message: string) {
  return new S3ServiceException({
    name,
    message,
    $fault: 'client',
    $metadata: { httpStatusCode: 404 },
  });
}

/** The drift of a feature: `amount` climbs past 0.2 over the window, the others stay low. */
export function driftValue(metric: string, step: number) {
  return metric.endsWith('_amount')
    ? [0.05, 0.15, 0.25][step]
    : [0.04, 0.05, 0.04][step];
}

/**
 * Every AWS client of the source, mocked with the fixtures: `fraud-scoring-prod` (Model Monitor,
 * registry, full evidence) and `churn-prod` (no Model Monitor; the template's drift job instead).
 */
export function mockAws() {
  const mocks = mockAwsClients();
  const {
    sagemaker,
    cloudwatch,
    s3,
    kms,
    iam,
    ec2,
    cloudtrail,
    guardduty,
    configService,
  } = mocks;

  const sm = fixture('sagemaker');
  // Generic answers first: a matcher defined later wins.
  // churn-prod: the same shapes under other names, serving no registry version, without Model Monitor.
  const churn = (value: unknown) =>
    JSON.parse(
      JSON.stringify(value)
        .replace(/fraud-scoring-prod/g, 'churn-prod')
        .replace(/fraud-scoring-v2/g, 'churn-v1'),
    );
  sagemaker
    .on(ListModelPackagesCommand)
    .resolves({ ModelPackageSummaryList: [] });
  sagemaker
    .on(ListModelPackagesCommand, {
      ModelPackageGroupName: 'fraud-scoring-xgb',
    })
    .resolves(sm.ListModelPackages);
  sagemaker
    .on(DescribeModelPackageCommand)
    .callsFake(input => sm.DescribeModelPackage[input.ModelPackageName]);
  sagemaker.on(DescribeTrainingJobCommand).resolves(sm.DescribeTrainingJob);
  sagemaker
    .on(DescribeEndpointCommand)
    .rejects(
      awsError('ValidationException', 'Could not find endpoint "unknown".'),
    );
  sagemaker
    .on(DescribeEndpointCommand, { EndpointName: 'fraud-scoring-prod' })
    .resolves(sm.DescribeEndpoint);
  sagemaker
    .on(DescribeEndpointCommand, { EndpointName: 'churn-prod' })
    .resolves({
      ...churn(sm.DescribeEndpoint),
      CreationTime: new Date('2026-08-01T10:00:00Z'),
      LastModifiedTime: new Date('2026-08-01T10:00:00Z'),
    });
  sagemaker
    .on(DescribeEndpointConfigCommand)
    .resolves(sm.DescribeEndpointConfig);
  sagemaker
    .on(DescribeEndpointConfigCommand, {
      EndpointConfigName: 'churn-prod-config-v2',
    })
    .resolves({
      ...churn(sm.DescribeEndpointConfig),
      CreationTime: new Date('2026-08-01T10:00:00Z'),
    });
  sagemaker.on(DescribeModelCommand).resolves(sm.DescribeModel);
  sagemaker.on(DescribeModelCommand, { ModelName: 'churn-v1' }).resolves({
    ...churn(sm.DescribeModel),
    PrimaryContainer: {
      Image: 'churn:1',
      ModelDataUrl: 's3://churn-ml-models-111122223333/churn/model.tar.gz',
      // A token pasted into the model's environment
      Environment: {
        SAGEMAKER_PROGRAM: 'serve.py',
        CRM_API_TOKEN: 'crm_live_5f2b9c1e7a4d4c08',
      },
    },
    CreationTime: new Date('2026-08-01T10:00:00Z'),
  });
  sagemaker
    .on(ListMonitoringSchedulesCommand)
    .resolves({ MonitoringScheduleSummaries: [] });
  sagemaker
    .on(ListMonitoringSchedulesCommand, { EndpointName: 'fraud-scoring-prod' })
    .resolves(sm.ListMonitoringSchedules);
  sagemaker
    .on(ListMonitoringExecutionsCommand)
    .resolves(sm.ListMonitoringExecutions);
  sagemaker.on(DescribeProcessingJobCommand).resolves(sm.DescribeProcessingJob);
  sagemaker
    .on(DescribeDataQualityJobDefinitionCommand)
    .resolves(sm.DescribeDataQualityJobDefinition);
  answerPipelines(mocks, sm);
  answerModelCards(sagemaker, sm);

  const cw = fixture('cloudwatch');
  cloudwatch
    .on(ListMetricsCommand)
    .callsFake(input => cw.ListMetrics[input.Namespace] ?? { Metrics: [] });
  cloudwatch.on(GetMetricDataCommand).callsFake(input => ({
    MetricDataResults: input.MetricDataQueries.map((q: any) => {
      const steps = [0, 1, 2];
      return {
        Id: q.Id,
        Label: q.MetricStat.Metric.MetricName,
        StatusCode: 'Complete',
        Timestamps: steps.map(s => new Date(Date.UTC(2026, 10, 23 + s, 8))),
        Values: steps.map(s => driftValue(q.MetricStat.Metric.MetricName, s)),
      };
    }),
    Messages: [],
  }));

  const storage = fixture('s3');
  s3.on(GetObjectCommand).callsFake(input => {
    const body = storage.objects[`s3://${input.Bucket}/${input.Key}`];
    if (!body) throw s3Error('NoSuchKey', 'The specified key does not exist.');
    return {
      Body: sdkStreamMixin(Readable.from([Buffer.from(JSON.stringify(body))])),
      ContentType: 'application/json',
    };
  });
  const bucket = (name: string, operation: string, notFound: string) => {
    const response = (storage.buckets[name] ??
      storage.buckets['fraud-ml-models-111122223333'])[operation];
    if (!response)
      throw s3Error(
        notFound,
        `The ${operation.replace('Get', '')} does not exist`,
      );
    return response;
  };
  s3.on(GetBucketEncryptionCommand).callsFake(i =>
    bucket(
      i.Bucket,
      'GetBucketEncryption',
      'ServerSideEncryptionConfigurationNotFoundError',
    ),
  );
  s3.on(GetPublicAccessBlockCommand).callsFake(i =>
    bucket(
      i.Bucket,
      'GetPublicAccessBlock',
      'NoSuchPublicAccessBlockConfiguration',
    ),
  );
  s3.on(GetBucketPolicyCommand).callsFake(i =>
    bucket(i.Bucket, 'GetBucketPolicy', 'NoSuchBucketPolicy'),
  );
  s3.on(GetBucketVersioningCommand).callsFake(i =>
    bucket(i.Bucket, 'GetBucketVersioning', 'NoSuchBucket'),
  );

  const keys = fixture('kms');
  kms.on(DescribeKeyCommand).callsFake(i => keys.DescribeKey[i.KeyId]);
  kms
    .on(GetKeyRotationStatusCommand)
    .callsFake(i => keys.GetKeyRotationStatus[i.KeyId]);

  const identities = fixture('iam');
  const role = (name: string) =>
    identities.roles[name] ?? identities.roles['fraud-scoring-inference'];
  iam
    .on(ListAttachedRolePoliciesCommand)
    .callsFake(i => role(i.RoleName).ListAttachedRolePolicies);
  iam
    .on(ListRolePoliciesCommand)
    .callsFake(i => role(i.RoleName).ListRolePolicies);
  iam
    .on(GetRolePolicyCommand)
    .callsFake(i => role(i.RoleName).GetRolePolicy[i.PolicyName]);
  iam
    .on(GetPolicyCommand)
    .callsFake(i => identities.policies[i.PolicyArn].GetPolicy);
  iam
    .on(GetPolicyVersionCommand)
    .callsFake(i => identities.policies[i.PolicyArn].GetPolicyVersion);

  const network = fixture('ec2');
  ec2.on(DescribeSubnetsCommand).resolves(network.DescribeSubnets);
  ec2.on(DescribeVpcEndpointsCommand).resolves(network.DescribeVpcEndpoints);
  answerNetworkAndImages(mocks, network);

  const account = fixture('account');
  cloudtrail.on(DescribeTrailsCommand).resolves(account.DescribeTrails);
  cloudtrail.on(GetTrailStatusCommand).resolves(account.GetTrailStatus);
  cloudtrail.on(GetEventSelectorsCommand).resolves(account.GetEventSelectors);
  guardduty.on(ListDetectorsCommand).resolves(account.ListDetectors);
  guardduty.on(GetDetectorCommand).resolves(account.GetDetector);
  configService
    .on(DescribeConfigurationRecorderStatusCommand)
    .resolves(account.DescribeConfigurationRecorderStatus);
  configService
    .on(DescribeConfigurationRecordersCommand)
    .resolves(account.DescribeConfigurationRecorders);

  return {
    ...mocks,
    /** Every call made to any client */
    callCount: () =>
      Object.values(mocks).reduce((n, m) => n + m.calls().length, 0),
    reset: () => Object.values(mocks).forEach(m => m.reset()),
    restore: () => Object.values(mocks).forEach(m => m.restore()),
  };
}
