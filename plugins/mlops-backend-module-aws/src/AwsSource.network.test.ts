import {
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
} from '@aws-sdk/client-ec2';
import { DescribeImageScanFindingsCommand } from '@aws-sdk/client-ecr';
import 'aws-sdk-client-mock-jest';
import {
  churn,
  createSource,
  fraudScoring,
  READ,
  readingOf,
} from './__testUtils__/createSource';
import { awsError, mockAws } from './__testUtils__/mockAws';
import { fixture } from './__testUtils__/fixtures';

const aws = mockAws();
afterEach(() => aws.ec2.resetHistory());
afterAll(() => aws.restore());

const VPC = 'vpc-0f1e2d3c4b5a69788';

describe('AwsSource: routes, security groups, environment and image scans', () => {
  it('reads the route table of every subnet (its own, else the main one) and the open rules of the security groups', async () => {
    const outcomes = await createSource().read([fraudScoring, churn], READ);
    const { evidence } = readingOf(outcomes, fraudScoring.entityRef);
    expect(evidence.subnets).toEqual([
      {
        id: 'subnet-0aa11bb22cc33dd44',
        vpcId: VPC,
        routeTableId: 'rtb-0c1d2e3f4a5b60718',
      },
      // No association of its own: the VPC's main route table applies
      {
        id: 'subnet-0ee55ff66aa77bb88',
        vpcId: VPC,
        routeTableId: 'rtb-0d2e3f4a5b6c70819',
      },
    ]);
    expect(evidence.securityGroups).toEqual([
      {
        id: 'sg-0a1b2c3d4e5f60718',
        name: 'fraud-scoring-model',
        openIngress: [],
        unrestrictedEgress: false,
      },
    ]);
    // One call per filter for the whole location, not one per service
    expect(aws.ec2).toHaveReceivedCommandTimes(DescribeRouteTablesCommand, 2);
    expect(aws.ec2).toHaveReceivedCommandTimes(
      DescribeSecurityGroupsCommand,
      1,
    );
  });

  it('finds the internet gateway route of a public subnet and the rules open to the world', async () => {
    const network = fixture('ec2');
    const [own] = network.DescribeRouteTables.RouteTables;
    own.Routes.push({
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: 'igw-0a9b8c7d6e5f40312',
      Origin: 'CreateRoute',
      State: 'active',
    });
    const [group] = network.DescribeSecurityGroups.SecurityGroups;
    group.IpPermissions.push({
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      IpRanges: [{ CidrIp: '0.0.0.0/0' }],
      Ipv6Ranges: [{ CidrIpv6: '::/0' }],
    });
    group.IpPermissionsEgress = [
      { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
    ];
    aws.ec2
      .on(DescribeRouteTablesCommand)
      .resolves({ RouteTables: [own] })
      .on(DescribeSecurityGroupsCommand)
      .resolves({ SecurityGroups: [group] });
    try {
      const outcomes = await createSource().read([fraudScoring], READ);
      const { evidence } = readingOf(outcomes, fraudScoring.entityRef);
      expect(evidence.subnets![0].internetGateway).toBe(
        'igw-0a9b8c7d6e5f40312',
      );
      expect(evidence.securityGroups![0]).toMatchObject({
        openIngress: ['tcp 22 from 0.0.0.0/0', 'tcp 22 from ::/0'],
        unrestrictedEgress: true,
      });
    } finally {
      aws.restore();
      Object.assign(aws, mockAws());
    }
  });

  it('keeps the names of environment variables, never their values, and says which look like secrets', async () => {
    const outcomes = await createSource().read([fraudScoring, churn], READ);
    const fraud = readingOf(outcomes, fraudScoring.entityRef).evidence;
    expect(fraud.models![0].environment).toEqual([
      { name: 'SAGEMAKER_PROGRAM' },
      { name: 'SAGEMAKER_CONTAINER_LOG_LEVEL' },
      { name: 'FEATURE_STORE_SECRET_ARN' },
    ]);
    const leaky = readingOf(outcomes, churn.entityRef).evidence;
    expect(leaky.models![0].environment).toEqual([
      { name: 'SAGEMAKER_PROGRAM' },
      {
        name: 'CRM_API_TOKEN',
        secretLike:
          'its name says it holds a secret, and its value is not a reference to one',
      },
    ]);
    expect(JSON.stringify(leaky)).not.toContain('crm_live_');
  });

  it("reads the registry's scan of each ECR image the models serve", async () => {
    const outcomes = await createSource().read([fraudScoring, churn], READ);
    expect(readingOf(outcomes, fraudScoring.entityRef).evidence.images).toEqual(
      [
        {
          uri: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud-scoring-xgb:1.7.6-2',
          digest:
            'sha256:4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0',
          scan: {
            status: 'COMPLETE',
            completedAt: '2026-11-24T06:12:40.000Z',
            severityCounts: { HIGH: 1, MEDIUM: 3 },
          },
        },
      ],
    );
    expect(aws.ecr).toHaveReceivedCommandWith(
      DescribeImageScanFindingsCommand,
      {
        registryId: '111122223333',
        repositoryName: 'fraud-scoring-xgb',
        imageId: { imageTag: '1.7.6-2' },
        maxResults: 1,
      },
    );
    // An image of another registry has no ECR scan to read
    expect(readingOf(outcomes, churn.entityRef).evidence.images).toEqual([
      { uri: 'churn:1' },
    ]);
  });

  it('turns a denied ECR or EC2 read into a gap of that section only', async () => {
    aws.ecr
      .on(DescribeImageScanFindingsCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized', 403));
    aws.ec2
      .on(DescribeSecurityGroupsCommand)
      .rejects(awsError('UnauthorizedOperation', 'not authorized', 403));
    try {
      const outcomes = await createSource().read([fraudScoring], READ);
      const { evidence } = readingOf(outcomes, fraudScoring.entityRef);
      expect(evidence.images).toBeUndefined();
      expect(evidence.securityGroups).toBeUndefined();
      expect(Object.keys(evidence.gaps ?? {}).sort()).toEqual([
        'images',
        'securityGroups',
      ]);
      expect(evidence.subnets).toHaveLength(2);
    } finally {
      aws.restore();
      Object.assign(aws, mockAws());
    }
  });
});
