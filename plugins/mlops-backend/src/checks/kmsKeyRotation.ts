import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const kmsKeyRotation: ComplianceCheck = {
  id: 'kms-key-rotation',
  title: 'Customer managed KMS keys rotate yearly',
  principle: 'encryption',
  severity: 'high',
  description:
    'Automatic rotation limits how much data one key version protects.',
  remediation:
    'Enable automatic key rotation (enable_key_rotation = true on aws_kms_key).',
  controls: {
    awsConfigRule: 'cmk-backing-key-rotation-enabled',
    securityHub: 'KMS.4',
    checkov: 'CKV_AWS_7',
  },
  evaluate: evidence =>
    evaluateEach(evidence, 'kmsKeys', {
      name: k => k.arn,
      only: k => k.manager === 'CUSTOMER',
      passes: k => k.rotationEnabled,
      failure: 'does not rotate',
    }),
};
