import { ComplianceCheck } from '@aidlc/plugin-mlops-node';
import { evaluateTrails } from './evaluateTrails';

export const cloudTrailLogValidation: ComplianceCheck = {
  id: 'cloudtrail-log-file-validation',
  title: 'CloudTrail validates its log files and encrypts them with KMS',
  principle: 'defense-in-depth',
  severity: 'medium',
  description:
    'Digest files prove the logs were not altered; a KMS key limits who can read them.',
  remediation:
    'Set enable_log_file_validation = true and kms_key_id on the trail.',
  controls: {
    awsConfigRule: 'cloud-trail-log-file-validation-enabled',
    securityHub: 'CloudTrail.4',
    checkov: 'CKV_AWS_36',
  },
  evaluate: evidence =>
    evaluateTrails(
      evidence,
      t => t.logging && t.logFileValidation && Boolean(t.kmsKeyId),
      'no logging trail validates its log files with a KMS key',
    ),
};
