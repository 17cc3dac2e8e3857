import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const securityGroupsMinimal: ComplianceCheck = {
  id: 'security-groups-minimal',
  title:
    'Security groups of models and jobs allow no open ingress and no unrestricted egress',
  principle: 'network-isolation',
  severity: 'high',
  description:
    'Ingress from 0.0.0.0/0 or ::/0 exposes the containers to any address; egress of every protocol to anywhere lets a compromised container send data out.',
  remediation:
    'Allow ingress only from the callers\u2019 security groups, and egress only on 443 to the VPC endpoints\u2019 security group or prefix lists (aws_vpc_security_group_egress_rule).',
  controls: {
    awsConfigRule: 'vpc-sg-open-only-to-authorized-ports',
    securityHub: 'EC2.18',
    checkov: 'CKV_AWS_277',
  },
  evaluate: evidence =>
    evaluateEach(evidence, 'securityGroups', {
      name: g => g.id,
      passes: g => g.openIngress.length === 0 && !g.unrestrictedEgress,
      failure:
        'allows ingress from any address or egress of everything to anywhere',
    }),
};
