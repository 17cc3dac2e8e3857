import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const modelNetworkIsolation: ComplianceCheck = {
  id: 'model-network-isolation',
  title: 'Models run with network isolation',
  principle: 'network-isolation',
  severity: 'high',
  description:
    'A model container with network isolation cannot make outbound calls, so a compromised model or dependency cannot exfiltrate data.',
  remediation:
    'Set EnableNetworkIsolation = true on the SageMaker model (enable_network_isolation in aws_sagemaker_model).',
  controls: {
    awsConfigRule: 'sagemaker-model-isolation-enabled',
    securityHub: 'SageMaker.5',
  },
  evaluate: evidence =>
    evaluateEach(evidence, 'models', {
      name: m => m.name,
      passes: m => m.networkIsolation,
      failure: 'runs without network isolation',
    }),
};
