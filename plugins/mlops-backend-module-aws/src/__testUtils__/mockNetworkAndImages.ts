import {
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  RouteTable,
} from '@aws-sdk/client-ec2';
import { DescribeImageScanFindingsCommand } from '@aws-sdk/client-ecr';
import { AwsClientMocks } from './awsClientMocks';
import { fixture } from './fixtures';

/** Route tables and security groups of the fixtures' VPC, and the ECR scan of the serving image. */
export function answerNetworkAndImages(
  { ec2, ecr }: Pick<AwsClientMocks, 'ec2' | 'ecr'>,
  network: any,
) {
  // The filters the source uses: a subnet's own table, or its VPC's main one
  ec2.on(DescribeRouteTablesCommand).callsFake(input => {
    const [filter] = input.Filters;
    const tables: RouteTable[] = network.DescribeRouteTables.RouteTables;
    return {
      RouteTables: tables.filter(t =>
        t.Associations!.some(a =>
          filter.Name === 'association.subnet-id'
            ? filter.Values.includes(a.SubnetId)
            : a.Main && filter.Values.includes(t.VpcId),
        ),
      ),
    };
  });
  ec2.on(DescribeSecurityGroupsCommand).callsFake(input => ({
    SecurityGroups: network.DescribeSecurityGroups.SecurityGroups.filter(
      (g: { GroupId: string }) => input.Filters[0].Values.includes(g.GroupId),
    ),
  }));
  ecr
    .on(DescribeImageScanFindingsCommand)
    .resolves(fixture('ecr').DescribeImageScanFindings);
}
