import { REQUIRED_VPC_ENDPOINT_SERVICES } from '@aidlc/plugin-mlops-common';
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
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
} from '@aws-sdk/client-ec2';
import { DescribeImageScanFindingsCommand } from '@aws-sdk/client-ecr';
import {
  GetDetectorCommand,
  ListDetectorsCommand,
} from '@aws-sdk/client-guardduty';
import {
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
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/core/serde';
import { Readable } from 'node:stream';
import { AwsClientMocks } from '../src/__testUtils__/awsClientMocks';
import { FakeService, NAMESPACE } from './fakeFleet';
import { locationOf, servicesAt } from './fakeFleetLocation';

/** An IAM policy document as IAM returns it (URL-encoded), allowing reads of `resource`. */
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
 * The fleet's drift metrics and the evidence around it (buckets, keys, roles, VPC endpoints and the
 * account's services), shaped like each service's API reference.
 */
export function answerMetricsAndEvidence(
  mocks: AwsClientMocks,
  fleet: FakeService[],
) {
  const {
    cloudwatch,
    s3,
    kms,
    iam,
    ec2,
    ecr,
    cloudtrail,
    guardduty,
    configService,
  } = mocks;
  const servicesHere = servicesAt(fleet);
  // Each location's drift series, listed once and paged through by every ListMetrics there
  const metricsOf = new Map<FakeService[], object[]>();
  const driftSeries = (services: FakeService[]) =>
    services.flatMap(s =>
      Array.from({ length: s.features }, (_, f) => ({
        Namespace: NAMESPACE,
        MetricName: `feature_baseline_drift_f${f}`,
        Dimensions: [
          { Name: 'Endpoint', Value: `${s.name}-prod` },
          { Name: 'MonitoringSchedule', Value: `${s.name}-prod-dq` },
        ],
      })),
    );
  cloudwatch.on(ListMetricsCommand).callsFake(async (input, getClient) => {
    if (input.Namespace !== NAMESPACE) return { Metrics: [] };
    const services = await servicesHere(getClient);
    if (!metricsOf.has(services))
      metricsOf.set(services, driftSeries(services));
    const metrics = metricsOf.get(services)!;
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
  s3.on(GetBucketEncryptionCommand).callsFake(async (input, getClient) => {
    const { account, region } = await locationOf(getClient);
    return {
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: `arn:aws:kms:${region}:${account}:key/${input.Bucket.replace(
                /-(models|data|capture)$/,
                '',
              )}`,
            },
          },
        ],
      },
    };
  });
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
  // One private route table per team VPC, associated with its subnets
  ec2.on(DescribeRouteTablesCommand).callsFake(input => ({
    RouteTables: input.Filters[0].Values.map((subnet: string) => ({
      RouteTableId: `rtb-${subnet}`,
      VpcId: subnet.replace(/^subnet-(team-\d+)-.*$/, 'vpc-$1'),
      Associations: [{ SubnetId: subnet, Main: false }],
      Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local' }],
    })),
  }));
  ec2.on(DescribeSecurityGroupsCommand).callsFake(input => ({
    SecurityGroups: input.Filters[0].Values.map((id: string) => ({
      GroupId: id,
      IpPermissions: [],
      IpPermissionsEgress: [
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          IpRanges: [{ CidrIp: '10.0.0.0/16' }],
        },
      ],
    })),
  }));
  ecr.on(DescribeImageScanFindingsCommand).callsFake(input => ({
    repositoryName: input.repositoryName,
    imageId: { ...input.imageId, imageDigest: 'sha256:0f1e2d3c' },
    imageScanStatus: { status: 'COMPLETE' },
    imageScanFindings: {
      imageScanCompletedAt: new Date(),
      findingSeverityCounts: { MEDIUM: 2 },
      findings: [],
    },
  }));
  ec2.on(DescribeVpcEndpointsCommand).callsFake(async (input, getClient) => {
    const { region } = await locationOf(getClient);
    return {
      VpcEndpoints: input.Filters[0].Values.flatMap((vpc: string) =>
        REQUIRED_VPC_ENDPOINT_SERVICES.map(service => ({
          VpcId: vpc,
          ServiceName: `com.amazonaws.${region}.${service}`,
          State: 'available',
        })),
      ),
    };
  });

  // One multi-region trail per account, at home in the account's first region
  cloudtrail.on(DescribeTrailsCommand).callsFake(async (_input, getClient) => {
    const { account } = await locationOf(getClient);
    const home = fleet.find(s => s.account === account)?.region;
    return {
      trailList: [
        {
          Name: 'org',
          TrailARN: `arn:aws:cloudtrail:${home}:${account}:trail/org`,
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: true,
          HomeRegion: home,
        },
      ],
    };
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
}
