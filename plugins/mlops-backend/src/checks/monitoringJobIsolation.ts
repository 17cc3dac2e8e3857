import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const monitoringJobIsolation: ComplianceCheck = {
  id: 'monitoring-job-isolation',
  title: 'Monitoring jobs run in a VPC with network isolation',
  principle: 'network-isolation',
  severity: 'medium',
  description:
    'Monitoring and drift jobs read captured inference data; they must be as isolated as the endpoint they watch.',
  remediation:
    'Set NetworkConfig.EnableNetworkIsolation and NetworkConfig.VpcConfig on the monitoring job definition (or the drift job).',
  controls: { securityHub: 'SageMaker.11' },
  evaluate: evidence =>
    evaluateEach(evidence, 'monitoringJobs', {
      name: j => j.name,
      passes: j => j.networkIsolation && (j.vpcConfig?.subnets.length ?? 0) > 0,
      failure: 'runs outside a VPC or without network isolation',
    }),
};
