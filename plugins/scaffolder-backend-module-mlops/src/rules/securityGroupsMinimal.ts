import { ANYWHERE_CIDRS } from '@aidlc/plugin-mlops-node';
import { TerraformBlock } from '../TerraformModel';
import { everyBlock, TerraformRule } from '../TerraformRule';

type Rule = {
  protocol?: string;
  ip_protocol?: string;
  cidr_blocks?: string[];
  ipv6_cidr_blocks?: string[];
  cidr_ipv4?: string;
  cidr_ipv6?: string;
};

/** A block written once is an object, written several times a list. */
const list = (value: unknown): Rule[] => [value ?? []].flat() as Rule[];
const toAnywhere = (r: Rule) =>
  [
    ...(r.cidr_blocks ?? []),
    ...(r.ipv6_cidr_blocks ?? []),
    r.cidr_ipv4,
    r.cidr_ipv6,
  ].some(cidr => ANYWHERE_CIDRS.includes(cidr ?? ''));
const everything = (r: Rule) =>
  ['-1', 'all'].includes(String(r.protocol ?? r.ip_protocol));

/** Ingress from any address, or egress of every protocol to any address. */
const open = (ingress: Rule[], egress: Rule[]) =>
  ingress.some(toAnywhere) || egress.some(r => toAnywhere(r) && everything(r));

export const securityGroupsMinimal: TerraformRule = {
  id: 'security-groups-minimal',
  severity: 'high',
  title:
    'Security groups allow no ingress from anywhere and no egress of everything to anywhere',
  check: model => [
    ...everyBlock(
      model.resources('aws_security_group'),
      (g: TerraformBlock) => !open(list(g.body.ingress), list(g.body.egress)),
      'allows ingress from 0.0.0.0/0 or ::/0, or all egress to anywhere',
    ),
    ...everyBlock(
      model.resources('aws_vpc_security_group_ingress_rule'),
      r => !toAnywhere(r.body as Rule),
      'allows ingress from 0.0.0.0/0 or ::/0',
    ),
    ...everyBlock(
      model.resources('aws_vpc_security_group_egress_rule'),
      r => !(toAnywhere(r.body as Rule) && everything(r.body as Rule)),
      'allows all egress to anywhere',
    ),
  ],
};
