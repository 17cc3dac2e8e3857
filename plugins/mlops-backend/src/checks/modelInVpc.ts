import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const modelInVpc: ComplianceCheck = {
  id: 'model-in-vpc',
  title: 'Models run in private subnets of a VPC',
  principle: 'network-isolation',
  severity: 'high',
  description:
    'Inference containers attached to private subnets reach AWS services through VPC endpoints, never over the internet.',
  remediation:
    'Give the model a VpcConfig with private subnets and a security group (vpc_config in aws_sagemaker_model).',
  controls: { awsConfigRule: 'sagemaker-model-in-vpc' },
  evaluate: evidence =>
    evaluateEach(evidence, 'models', {
      name: m => m.name,
      passes: m => (m.vpcConfig?.subnets.length ?? 0) > 0,
      failure: 'is not attached to a VPC',
    }),
};
