import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const multiInstanceProduction: ComplianceCheck = {
  id: 'multi-instance-production',
  title: 'Production variants run on more than one instance',
  principle: 'defense-in-depth',
  severity: 'medium',
  description:
    'SageMaker spreads instances across Availability Zones; one instance is one failure away from an outage.',
  remediation:
    'Set InitialInstanceCount to 2 or more on every production variant.',
  controls: {
    awsConfigRule: 'sagemaker-endpoint-config-prod-instance-count',
    securityHub: 'SageMaker.4',
  },
  evaluate: evidence =>
    evaluateEach(evidence, 'endpoints', {
      name: e => e.name,
      only: e => !e.variants.every(v => v.serverless),
      passes: e => e.variants.every(v => v.serverless || v.instanceCount > 1),
      failure: 'has a production variant with a single instance',
    }),
};
