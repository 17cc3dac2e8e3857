import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const trainingJobIsolation: ComplianceCheck = {
  id: 'training-job-isolation',
  title: 'Training jobs run in a VPC with network isolation',
  principle: 'network-isolation',
  severity: 'high',
  description:
    'Training reads the most sensitive data of the project; it must run in private subnets with no outbound network access.',
  remediation:
    'Set VpcConfig and EnableNetworkIsolation on the training step of the pipeline.',
  controls: {},
  evaluate: evidence =>
    evaluateEach(evidence, 'trainingJobs', {
      name: j => j.name,
      passes: j => j.networkIsolation && (j.vpcConfig?.subnets.length ?? 0) > 0,
      failure: 'runs outside a VPC or without network isolation',
    }),
};
