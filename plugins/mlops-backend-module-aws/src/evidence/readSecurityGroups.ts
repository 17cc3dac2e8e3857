import {
  ANYWHERE_CIDRS,
  SecurityGroupEvidence,
} from '@aidlc/plugin-mlops-node';
import {
  IpPermission,
  paginateDescribeSecurityGroups,
} from '@aws-sdk/client-ec2';
import { AwsClients } from '../AwsClients';
import { chunks } from './chunks';

function anywhereOf(permission: IpPermission): string[] {
  return [
    ...(permission.IpRanges ?? []).map(r => r.CidrIp),
    ...(permission.Ipv6Ranges ?? []).map(r => r.CidrIpv6),
  ].filter((cidr): cidr is string => ANYWHERE_CIDRS.includes(cidr ?? ''));
}

/** "tcp 443", "tcp 0-65535" or "all traffic", as the console says it. */
function portsOf({ IpProtocol, FromPort, ToPort }: IpPermission): string {
  if (IpProtocol === '-1') return 'all traffic';
  const ports =
    FromPort === undefined || FromPort === ToPort
      ? `${FromPort ?? ''}`
      : `${FromPort}-${ToPort}`;
  return `${IpProtocol} ${ports}`.trim();
}

/**
 * The security groups of the models and jobs, reduced to what the check judges: ingress open to any
 * address, and egress of everything to anywhere. A filter (not a list of ids) so a deleted group does
 * not fail the others.
 */
export async function readSecurityGroups(
  clients: AwsClients,
  groupIds: string[],
): Promise<SecurityGroupEvidence[]> {
  const groups: SecurityGroupEvidence[] = [];
  for (const Values of chunks(groupIds)) {
    for await (const page of paginateDescribeSecurityGroups(
      { client: clients.ec2 },
      { Filters: [{ Name: 'group-id', Values }] },
    )) {
      for (const group of page.SecurityGroups ?? []) {
        if (!group.GroupId) continue;
        groups.push({
          id: group.GroupId,
          ...(group.GroupName ? { name: group.GroupName } : {}),
          openIngress: (group.IpPermissions ?? []).flatMap(p =>
            anywhereOf(p).map(cidr => `${portsOf(p)} from ${cidr}`),
          ),
          unrestrictedEgress: (group.IpPermissionsEgress ?? []).some(
            p => p.IpProtocol === '-1' && anywhereOf(p).length > 0,
          ),
        });
      }
    }
  }
  return groups.sort((a, b) => a.id.localeCompare(b.id));
}
