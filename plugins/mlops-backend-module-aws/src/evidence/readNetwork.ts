import {
  SecurityGroupEvidence,
  SubnetEvidence,
} from '@aidlc/plugin-mlops-node';
import { AwsClients } from '../AwsClients';
import { EvidenceGaps, readSection } from '../awsErrors';
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
  // A denial becomes a gap of its section; anything else propagates.
  const gaps: EvidenceGaps = {};
  const [vpc, securityGroups] = await Promise.all([
    readSection(gaps, 'vpcEndpoints', () =>
      readVpcEndpoints(clients, subnetIds),
    ),
    readSection(gaps, 'securityGroups', () =>
      readSecurityGroups(clients, groupIds),
    ),
  ]);
  if (!vpc) {
    // Without the subnets' VPCs, their route tables cannot be told either
    gaps.subnets = gaps.vpcEndpoints;
    return { gaps, securityGroups };
  }
  const subnets = await readSection(gaps, 'subnets', () =>
    readSubnetRoutes(clients, vpc.vpcOfSubnet),
  );
  return { gaps, vpc, subnets, securityGroups };
}
