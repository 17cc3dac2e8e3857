import { SubnetEvidence } from '@aidlc/plugin-mlops-node';
import {
  Filter,
  paginateDescribeRouteTables,
  RouteTable,
} from '@aws-sdk/client-ec2';
import { AwsClients } from '../AwsClients';
import { chunks } from './chunks';

/** The internet gateway a route table sends traffic to, if any: what makes its subnets public. */
function internetGatewayOf(table: RouteTable): string | undefined {
  return table.Routes?.find(
    r => r.GatewayId?.startsWith('igw-') && r.State !== 'blackhole',
  )?.GatewayId;
}

/**
 * The route table of each subnet (its explicit association, else its VPC's main table) and the
 * internet gateway that table routes to: two filtered calls for the whole location.
 */
export async function readSubnetRoutes(
  clients: AwsClients,
  vpcOfSubnet: Record<string, string>,
): Promise<SubnetEvidence[]> {
  const subnets = Object.keys(vpcOfSubnet);
  const tableOf = new Map<string, RouteTable>();
  const mainOf = new Map<string, RouteTable>();
  const describe = async (
    Name: string,
    values: string[],
    extra: Filter[] = [],
  ) => {
    for (const Values of chunks(values)) {
      for await (const page of paginateDescribeRouteTables(
        { client: clients.ec2 },
        { Filters: [{ Name, Values }, ...extra] },
      )) {
        for (const table of page.RouteTables ?? []) {
          for (const association of table.Associations ?? []) {
            if (association.SubnetId) tableOf.set(association.SubnetId, table);
            if (association.Main && table.VpcId) mainOf.set(table.VpcId, table);
          }
        }
      }
    }
  };
  await describe('association.subnet-id', subnets);
  const implicit = subnets.filter(s => !tableOf.has(s));
  const vpcs = [...new Set(implicit.map(s => vpcOfSubnet[s]))];
  if (vpcs.length > 0) {
    await describe('vpc-id', vpcs, [
      { Name: 'association.main', Values: ['true'] },
    ]);
  }
  return subnets.map(id => {
    const table = tableOf.get(id) ?? mainOf.get(vpcOfSubnet[id]);
    const internetGateway = table && internetGatewayOf(table);
    return {
      id,
      vpcId: vpcOfSubnet[id],
      ...(table?.RouteTableId ? { routeTableId: table.RouteTableId } : {}),
      ...(internetGateway ? { internetGateway } : {}),
    };
  });
}
