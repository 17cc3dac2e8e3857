import { REQUIRED_VPC_ENDPOINT_SERVICES } from '@aidlc/plugin-mlops-common';
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  ListMetricsCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
} from '@aws-sdk/client-config-service';
import {
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  GetDetectorCommand,
  GuardDutyClient,
  ListDetectorsCommand,
} from '@aws-sdk/client-guardduty';
import {
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
} from '@aws-sdk/client-kms';
import {
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  GetPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  DescribeDataQualityJobDefinitionCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  DescribeTrainingJobCommand,
  ListModelPackagesCommand,
  ListMonitoringExecutionsCommand,
  ListMonitoringSchedulesCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { sdkStreamMixin } from '@smithy/core/serde';
import { mockClient } from 'aws-sdk-client-mock';
import { Readable } from 'node:stream';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const TEAMS = 50;
const NAMESPACE = 'aws/sagemaker/Endpoints/data-metrics';

/** One synthetic ML service: a model group of 5-20 versions, an endpoint with 4-10 drift features. */
export interface FakeService {
  name: string;
  team: number;
  versions: number;
  features: number;
  /** Bumped to simulate a deployment: a new endpoint configuration and model */
  deployment: number;
}

/** A deterministic fleet (same figures on every run). */
export function makeFleet(size: number): FakeService[] {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: size }, (_, i) => ({
    name: `svc-${i}`,
    team: i % TEAMS,
    versions: 5 + Math.floor(random() * 16),
    features: 4 + Math.floor(random() * 7),
    deployment: 1,
  }));
}

const packageArn = (s: FakeService, v: number) =>
  `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model-package/${s.name}-models/${v}`;
const policy = (resource: string) =>
  encodeURIComponent(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['s3:GetObject'], Resource: resource },
      ],
    }),
  );

/**
 * Every AWS client answering for the fleet (shaped like the API reference), counting calls.
 * Pagination follows AWS's page sizes: 100 model packages, 500 metrics per ListMetrics page.
 */
export function fakeFleetAws(fleet: FakeService[]) {
  const byName = new Map(fleet.map(s => [s.name, s]));
  const serviceOf = (name: string) => byName.get(/^(svc-\d+)/.exec(name)![1])!;
  const mocks = {
    sagemaker: mockClient(SageMakerClient),
    cloudwatch: mockClient(CloudWatchClient),
    s3: mockClient(S3Client),
    kms: mockClient(KMSClient),
    iam: mockClient(IAMClient),
    ec2: mockClient(EC2Client),
    cloudtrail: mockClient(CloudTrailClient),
    guardduty: mockClient(GuardDutyClient),
    configService: mockClient(ConfigServiceClient),
  };
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

  sagemaker.on(ListModelPackagesCommand).callsFake(input => {
    const s = serviceOf(input.ModelPackageGroupName);
    const start = Number(input.NextToken ?? 0);
    const all = Array.from({ length: s.versions }, (_, i) => s.versions - i);
    const page = all.slice(start, start + (input.MaxResults ?? 100));
    return {
      ModelPackageSummaryList: page.map(v => ({
        ModelPackageGroupName: `${s.name}-models`,
        ModelPackageVersion: v,
        ModelPackageArn: packageArn(s, v),
        CreationTime: new Date(Date.UTC(2026, 0, v)),
        ModelPackageStatus: 'Completed',
        ModelApprovalStatus:
          v === s.versions ? 'PendingManualApproval' : 'Approved',
      })),
      NextToken:
        start + page.length < all.length
          ? String(start + page.length)
          : undefined,
    };
  });
  sagemaker.on(DescribeModelPackageCommand).callsFake(input => {
    const [, group, v] = /model-package\/(.+)\/(\d+)$/.exec(
      input.ModelPackageName,
    )!;
    const s = serviceOf(group);
    return {
      ModelPackageGroupName: group,
      ModelPackageVersion: Number(v),
      ModelPackageArn: input.ModelPackageName,
      CreationTime: new Date(Date.UTC(2026, 0, Number(v))),
      ModelApprovalStatus:
        Number(v) === s.versions ? 'PendingManualApproval' : 'Approved',
      InferenceSpecification: {
        Containers: [
          {
            Image: 'xgboost:1.7',
            ModelDataUrl: `s3://team-${s.team}-models/${s.name}/${v}/model.tar.gz`,
          },
        ],
      },
      MetadataProperties: {
        GeneratedBy: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:training-job/${s.name}-train-${v}`,
      },
      ModelMetrics: {
        ModelQuality: {
          Statistics: {
            ContentType: 'application/json',
            S3Uri: `s3://team-${s.team}-models/${s.name}/${v}/evaluation.json`,
          },
        },
      },
      LastModifiedTime: new Date(Date.UTC(2026, 0, Number(v) + 1)),
    };
  });
  sagemaker.on(DescribeTrainingJobCommand).callsFake(input => {
    const s = serviceOf(input.TrainingJobName);
    const key = `arn:aws:kms:${REGION}:${ACCOUNT}:key/team-${s.team}`;
    return {
      TrainingJobName: input.TrainingJobName,
      TrainingJobStatus: 'Completed',
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/${s.name}-training`,
      AlgorithmSpecification: {
        TrainingImage: 'xgboost:1.7',
        TrainingInputMode: 'File',
      },
      InputDataConfig: [
        {
          ChannelName: 'train',
          DataSource: {
            S3DataSource: {
              S3DataType: 'S3Prefix',
              S3Uri: `s3://team-${s.team}-data/${s.name}/`,
            },
          },
        },
      ],
      OutputDataConfig: {
        KmsKeyId: key,
        S3OutputPath: `s3://team-${s.team}-models/${s.name}/`,
      },
      ResourceConfig: {
        InstanceType: 'ml.m5.xlarge',
        InstanceCount: 1,
        VolumeSizeInGB: 30,
        VolumeKmsKeyId: key,
      },
      VpcConfig: {
        SecurityGroupIds: [`sg-team-${s.team}`],
        Subnets: [`subnet-team-${s.team}-a`, `subnet-team-${s.team}-b`],
      },
      EnableNetworkIsolation: true,
      EnableInterContainerTrafficEncryption: true,
    };
  });
  sagemaker.on(DescribeEndpointCommand).callsFake(input => {
    const s = serviceOf(input.EndpointName);
    return {
      EndpointName: input.EndpointName,
      EndpointConfigName: `${s.name}-config-${s.deployment}`,
      EndpointStatus: 'InService',
      ProductionVariants: [
        { VariantName: 'AllTraffic', CurrentInstanceCount: 2 },
      ],
      DataCaptureConfig: {
        EnableCapture: true,
        CurrentSamplingPercentage: 20,
        DestinationS3Uri: `s3://team-${s.team}-capture/${s.name}`,
      },
    };
  });
  sagemaker.on(DescribeEndpointConfigCommand).callsFake(input => {
    const s = serviceOf(input.EndpointConfigName);
    return {
      EndpointConfigName: input.EndpointConfigName,
      KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/team-${s.team}`,
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          ModelName: `${s.name}-model-${s.deployment}`,
          InitialInstanceCount: 2,
          InstanceType: 'ml.m5.large',
        },
      ],
      DataCaptureConfig: {
        EnableCapture: true,
        DestinationS3Uri: `s3://team-${s.team}-capture/${s.name}`,
        KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/team-${s.team}`,
      },
    };
  });
  sagemaker.on(DescribeModelCommand).callsFake(input => {
    const s = serviceOf(input.ModelName);
    return {
      ModelName: input.ModelName,
      PrimaryContainer: { ModelPackageName: packageArn(s, s.versions - 1) },
      ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/${s.name}-inference`,
      VpcConfig: {
        SecurityGroupIds: [`sg-team-${s.team}`],
        Subnets: [`subnet-team-${s.team}-a`, `subnet-team-${s.team}-b`],
      },
      EnableNetworkIsolation: true,
    };
  });
  sagemaker.on(ListMonitoringSchedulesCommand).callsFake(input => ({
    MonitoringScheduleSummaries: [
      {
        MonitoringScheduleName: `${input.EndpointName}-dq`,
        MonitoringScheduleStatus: 'Scheduled',
        EndpointName: input.EndpointName,
        MonitoringJobDefinitionName: `${input.EndpointName}-dq-def`,
        MonitoringType: 'DataQuality',
      },
    ],
  }));
  sagemaker.on(ListMonitoringExecutionsCommand).callsFake(input => ({
    MonitoringExecutionSummaries: [
      {
        MonitoringScheduleName: input.MonitoringScheduleName,
        ScheduledTime: new Date('2026-11-25T08:00:00Z'),
        MonitoringExecutionStatus: 'Completed',
      },
    ],
  }));
  sagemaker.on(DescribeDataQualityJobDefinitionCommand).callsFake(input => {
    const s = serviceOf(input.JobDefinitionName);
    return {
      JobDefinitionName: input.JobDefinitionName,
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/${s.name}-monitoring`,
      DataQualityJobOutputConfig: {
        KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/team-${s.team}`,
        MonitoringOutputs: [],
      },
      JobResources: {
        ClusterConfig: {
          InstanceCount: 1,
          InstanceType: 'ml.m5.xlarge',
          VolumeSizeInGB: 20,
        },
      },
      NetworkConfig: {
        EnableNetworkIsolation: true,
        EnableInterContainerTrafficEncryption: true,
      },
    };
  });

  const metrics = fleet.flatMap(s =>
    Array.from({ length: s.features }, (_, f) => ({
      Namespace: NAMESPACE,
      MetricName: `feature_baseline_drift_f${f}`,
      Dimensions: [
        { Name: 'Endpoint', Value: `${s.name}-prod` },
        { Name: 'MonitoringSchedule', Value: `${s.name}-prod-dq` },
      ],
    })),
  );
  cloudwatch.on(ListMetricsCommand).callsFake(input => {
    if (input.Namespace !== NAMESPACE) return { Metrics: [] };
    const start = Number(input.NextToken ?? 0);
    const page = metrics.slice(start, start + 500);
    return {
      Metrics: page,
      NextToken: start + 500 < metrics.length ? String(start + 500) : undefined,
    };
  });
  cloudwatch.on(GetMetricDataCommand).callsFake(input => ({
    MetricDataResults: input.MetricDataQueries.map((q: { Id: string }) => ({
      Id: q.Id,
      StatusCode: 'Complete',
      Timestamps: [
        new Date('2026-11-25T06:00:00Z'),
        new Date('2026-11-25T08:00:00Z'),
      ],
      Values: [0.05, 0.07],
    })),
  }));

  s3.on(GetObjectCommand).callsFake(() => ({
    Body: sdkStreamMixin(
      Readable.from([
        Buffer.from('{"binary_classification_metrics":{"auc":{"value":0.93}}}'),
      ]),
    ),
  }));
  s3.on(GetBucketEncryptionCommand).callsFake(input => ({
    ServerSideEncryptionConfiguration: {
      Rules: [
        {
          ApplyServerSideEncryptionByDefault: {
            SSEAlgorithm: 'aws:kms',
            KMSMasterKeyID: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${input.Bucket.replace(
              /-(models|data|capture)$/,
              '',
            )}`,
          },
        },
      ],
    },
  }));
  s3.on(GetPublicAccessBlockCommand).resolves({
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    },
  });
  s3.on(GetBucketPolicyCommand).callsFake(input => ({
    Policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: `arn:aws:s3:::${input.Bucket}/*`,
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    }),
  }));
  s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });

  kms.on(DescribeKeyCommand).callsFake(input => ({
    KeyMetadata: {
      Arn: input.KeyId,
      KeyId: input.KeyId.split('/').pop(),
      KeyManager: 'CUSTOMER',
      KeyState: 'Enabled',
    },
  }));
  kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true });

  iam
    .on(ListAttachedRolePoliciesCommand)
    .resolves({ AttachedPolicies: [], IsTruncated: false });
  iam
    .on(ListRolePoliciesCommand)
    .resolves({ PolicyNames: ['scoped'], IsTruncated: false });
  iam.on(GetRolePolicyCommand).callsFake(input => ({
    RoleName: input.RoleName,
    PolicyName: 'scoped',
    PolicyDocument: policy(`arn:aws:s3:::${input.RoleName}/*`),
  }));

  ec2.on(DescribeSubnetsCommand).callsFake(input => ({
    Subnets: input.Filters[0].Values.map((id: string) => ({
      SubnetId: id,
      VpcId: id.replace(/^subnet-(team-\d+)-.*$/, 'vpc-$1'),
    })),
  }));
  ec2.on(DescribeVpcEndpointsCommand).callsFake(input => ({
    VpcEndpoints: input.Filters[0].Values.flatMap((vpc: string) =>
      REQUIRED_VPC_ENDPOINT_SERVICES.map(service => ({
        VpcId: vpc,
        ServiceName: `com.amazonaws.${REGION}.${service}`,
        State: 'available',
      })),
    ),
  }));

  cloudtrail.on(DescribeTrailsCommand).resolves({
    trailList: [
      {
        Name: 'org',
        TrailARN: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org`,
        IsMultiRegionTrail: true,
        LogFileValidationEnabled: true,
        HomeRegion: REGION,
      },
    ],
  });
  cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
  cloudtrail.on(GetEventSelectorsCommand).resolves({
    EventSelectors: [
      {
        DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }],
      },
    ],
  });
  guardduty.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
  guardduty.on(GetDetectorCommand).resolves({
    Status: 'ENABLED',
    ServiceRole: 'x',
    CreatedAt: '2025-01-01',
    FindingPublishingFrequency: 'SIX_HOURS',
  } as never);
  configService.on(DescribeConfigurationRecorderStatusCommand).resolves({
    ConfigurationRecordersStatus: [{ name: 'default', recording: true }],
  });
  configService.on(DescribeConfigurationRecordersCommand).resolves({
    ConfigurationRecorders: [
      { name: 'default', recordingGroup: { allSupported: true } },
    ],
  });

  return {
    /** Calls made so far, in all and per operation */
    count() {
      const byOperation: Record<string, number> = {};
      let total = 0;
      for (const mock of Object.values(mocks)) {
        for (const call of mock.calls()) {
          const name = (
            call.args[0] as { constructor: { name: string } }
          ).constructor.name.replace(/Command$/, '');
          byOperation[name] = (byOperation[name] ?? 0) + 1;
          total += 1;
        }
      }
      return { total, byOperation };
    },
    resetCounts: () => Object.values(mocks).forEach(m => m.resetHistory()),
    restore: () => Object.values(mocks).forEach(m => m.restore()),
  };
}

/**
 * The fewest calls a full refresh of this fleet can make, counted from the fleet alone: list pages,
 * GetMetricData at 500 series a call, and one describe of each distinct resource.
 */
export function minimumCalls(fleet: FakeService[]): number {
  const versions = fleet.reduce((n, s) => n + s.versions, 0);
  const series = fleet.reduce((n, s) => n + s.features, 0);
  const teams = new Set(fleet.map(s => s.team)).size;
  const subnets = teams * 2;
  const perService =
    1 + // ListModelPackages (one page: at most 20 versions)
    3 + // DescribeEndpoint, DescribeEndpointConfig, DescribeModel
    3 + // ListMonitoringSchedules, ListMonitoringExecutions, job definition
    3 * 3; // three roles: ListAttachedRolePolicies, ListRolePolicies, GetRolePolicy
  const perVersion = 3; // DescribeModelPackage, its statistics (GetObject), DescribeTrainingJob
  const perTeam = 3 * 4 + 2; // three buckets x four reads, one key x two
  const location =
    4 + // ListMetrics: one page per empty Model Monitor namespace...
    Math.max(1, Math.ceil(series / 500)) + // ...and the drift job's namespace
    Math.ceil(series / 500) + // GetMetricData
    Math.ceil(subnets / 200) +
    Math.ceil(teams / 200) + // DescribeSubnets, DescribeVpcEndpoints
    7; // trails (3), GuardDuty (2), AWS Config (2)
  return (
    fleet.length * perService +
    versions * perVersion +
    teams * perTeam +
    location
  );
}
