import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const endpointConfigKms: ComplianceCheck = {
  id: 'endpoint-config-kms',
  title: 'Endpoint storage encrypted with a KMS key',
  principle: 'encryption',
  severity: 'high',
  description:
    'The endpoint configuration names the KMS key that encrypts the ML storage volumes attached to the inference instances.',
  remediation:
    'Set KmsKeyId on the endpoint configuration (kms_key_arn in aws_sagemaker_endpoint_configuration).',
  controls: {
    awsConfigRule: 'sagemaker-endpoint-configuration-kms-key-configured',
    checkov: 'CKV_AWS_98',
  },
  evaluate: evidence =>
    evaluateEach(evidence, 'endpoints', {
      name: e => e.name,
      passes: e => Boolean(e.kmsKeyId),
      failure: 'has no KMS key on its endpoint configuration',
    }),
};
