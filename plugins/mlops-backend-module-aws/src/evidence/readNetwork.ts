import {
  SecurityGroupEvidence,
  SubnetEvidence,
} from '@aidlc/plugin-mlops-node';
import { toError } from '@backstage/errors';
import { AwsClients } from '../AwsClients';
import { EvidenceGaps, isAccessDenied } from '../awsErrors';
import { readSecurityGroups } from './readSecurityGroups';
import { readSubnetRoutes } from './readSubnetRoutes';
import { readVpcEndpoints, VpcEndpoints } from './readVpcEndpoints';

/** The network around the models and jobs of one account and region. */
export interface Network {
  vpc?: VpcEndpoints;
  subnets?: SubnetEvidence[];
  securityGroups?: SecurityGroupEvidence[];
  /** What AWS denied, by evidence section */
  gaps: EvidenceGaps;
}

/** A denial becomes the reason of a gap; anything else propagates. */
async function orDenied<T>(read: () => Promise<T>): Promise<T | string> {
  try {
    return await read();
  } catch (error) {
    if (isAccessDenied(error)) return toError(error).message;
    throw error;
  }
}

/**
 * Reads, for every subnet and security group the models and jobs of one location use: the subnets'
 * VPCs and those VPCs' endpoints, the subnets' route tables, and the groups' open rules. A handful of
 * filtered EC2 calls for the whole location, whatever the number of services.
 */
export async function readNetwork(
  clients: AwsClients,
  subnetIds: string[],
  groupIds: string[],
): Promise<Network> {
  const gaps: EvidenceGaps = {};
  const [vpc, groups] = await Promise.all([
    orDenied(() => readVpcEndpoints(clients, subnetIds)),
    orDenied(() => readSecurityGroups(clients, groupIds)),
  ]);
  const network: Network = { gaps };
  if (typeof groups === 'string') gaps.securityGroups = groups;
  else network.securityGroups = groups;
  if (typeof vpc === 'string') {
    gaps.vpcEndpoints = vpc;
    gaps.subnets = vpc;
    return network;
  }
  network.vpc = vpc;
  const subnets = await orDenied(() =>
    readSubnetRoutes(clients, vpc.vpcOfSubnet),
  );
  if (typeof subnets === 'string') gaps.subnets = subnets;
  else network.subnets = subnets;
  return network;
}
