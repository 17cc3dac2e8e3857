import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const subnetsNoInternetRoute: ComplianceCheck = {
  id: 'subnets-no-internet-route',
  title:
    'Subnets of models and jobs are private: no route to an internet gateway',
  principle: 'network-isolation',
  severity: 'critical',
  description:
    'A subnet is public when its route table sends traffic to an internet gateway, whatever its name says; models and jobs there can be reached from, and leak to, the internet.',
  remediation:
    'Remove the internet gateway route from the route table of the subnets (or move the model to subnets whose route table has none); reach AWS services through VPC endpoints.',
  controls: { checkov: 'CKV_AWS_130' },
  evaluate: evidence =>
    evaluateEach(evidence, 'subnets', {
      name: s => s.id,
      passes: s => !s.internetGateway,
      failure: 'routes to an internet gateway (a public subnet)',
    }),
};
