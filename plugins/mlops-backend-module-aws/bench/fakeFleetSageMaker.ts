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
} from '@aws-sdk/client-sagemaker';
import { AwsClientMocks } from '../src/__testUtils__/awsClientMocks';
import { FakeService, packageArn, serviceLookup } from './fakeFleet';

/** The fleet's model registry, endpoints and Model Monitor, shaped like SageMaker's API reference. */
export function answerSageMaker(
  sagemaker: AwsClientMocks['sagemaker'],
  fleet: FakeService[],
) {
  const serviceOf = serviceLookup(fleet);
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
        GeneratedBy: `arn:aws:sagemaker:${s.region}:${s.account}:training-job/${s.name}-train-${v}`,
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
    const key = `arn:aws:kms:${s.region}:${s.account}:key/team-${s.team}`;
    return {
      TrainingJobName: input.TrainingJobName,
      TrainingJobStatus: 'Completed',
      RoleArn: `arn:aws:iam::${s.account}:role/${s.name}-training`,
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
      KmsKeyId: `arn:aws:kms:${s.region}:${s.account}:key/team-${s.team}`,
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
        KmsKeyId: `arn:aws:kms:${s.region}:${s.account}:key/team-${s.team}`,
      },
    };
  });
  sagemaker.on(DescribeModelCommand).callsFake(input => {
    const s = serviceOf(input.ModelName);
    return {
      ModelName: input.ModelName,
      PrimaryContainer: {
        ModelPackageName: packageArn(s, s.versions - 1),
        Image: `${s.account}.dkr.ecr.${s.region}.amazonaws.com/${s.name}:v${s.deployment}`,
        Environment: { SAGEMAKER_PROGRAM: 'inference.py' },
      },
      ExecutionRoleArn: `arn:aws:iam::${s.account}:role/${s.name}-inference`,
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
      RoleArn: `arn:aws:iam::${s.account}:role/${s.name}-monitoring`,
      DataQualityJobOutputConfig: {
        KmsKeyId: `arn:aws:kms:${s.region}:${s.account}:key/team-${s.team}`,
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
}
