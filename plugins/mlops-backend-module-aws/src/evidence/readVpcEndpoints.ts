import { VpcConfig } from '@aidlc/plugin-mlops-node';
import {
  paginateDescribeSubnets,
  paginateDescribeVpcEndpoints,
} from '@aws-sdk/client-ec2';
import { AwsClients } from '../AwsClients';
import { chunks } from './chunks';

/** The VPCs of some subnets, and the VPC endpoint services present in each. */
export interface VpcEndpoints {
  vpcOfSubnet: Record<string, string>;
  servicesOfVpc: Record<string, string[]>;
}

/**
 * Reads, for every subnet the models and jobs of one account and region use, its VPC and that VPC's
 * endpoints: a call or two for the whole location. A filter (not a list of ids) so a deleted subnet
 * does not fail the others.
 */
export async function readVpcEndpoints(
  clients: AwsClients,
  subnets: string[],
): Promise<VpcEndpoints> {
  const result: VpcEndpoints = { vpcOfSubnet: {}, servicesOfVpc: {} };
  if (subnets.length === 0) return result;
  for (const values of chunks(subnets)) {
    const pages = paginateDescribeSubnets(
      { client: clients.ec2 },
      { Filters: [{ Name: 'subnet-id', Values: values }] },
    );
    for await (const page of pages) {
      for (const subnet of page.Subnets ?? []) {
        if (subnet.SubnetId && subnet.VpcId)
          result.vpcOfSubnet[subnet.SubnetId] = subnet.VpcId;
      }
    }
  }
  const vpcs = [...new Set(Object.values(result.vpcOfSubnet))];
  for (const vpc of vpcs) result.servicesOfVpc[vpc] = [];
  for (const values of chunks(vpcs)) {
    const pages = paginateDescribeVpcEndpoints(
      { client: clients.ec2 },
      {
        Filters: [
          { Name: 'vpc-id', Values: values },
          { Name: 'vpc-endpoint-state', Values: ['available'] },
        ],
      },
    );
    for await (const page of pages) {
      for (const endpoint of page.VpcEndpoints ?? []) {
        if (endpoint.VpcId && endpoint.ServiceName)
          result.servicesOfVpc[endpoint.VpcId]?.push(endpoint.ServiceName);
      }
    }
  }
  return result;
}

/** Adds the VPC of its first subnet to a resource's VPC configuration, where it is known. */
export function withVpcOf(vpc: VpcEndpoints | undefined) {
  return <T extends { vpcConfig?: VpcConfig }>(resource: T): T => {
    const subnet = resource.vpcConfig?.subnets[0];
    const vpcId = subnet ? vpc?.vpcOfSubnet[subnet] : undefined;
    return vpcId
      ? { ...resource, vpcConfig: { ...resource.vpcConfig!, vpcId } }
      : resource;
  };
}
