import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';
import { deniesUnencryptedUploads } from './policyStatements';

export const bucketDenyUnencryptedUploads: ComplianceCheck = {
  id: 'bucket-deny-unencrypted-uploads',
  title: 'ML buckets refuse uploads without SSE-KMS',
  principle: 'encryption',
  severity: 'medium',
  description:
    'Default encryption applies when a request names none; a Deny on other encryption headers stops uploads that choose a weaker one.',
  remediation:
    'Add a Deny statement for s3:PutObject with Condition StringNotEquals s3:x-amz-server-side-encryption = aws:kms.',
  controls: {},
  evaluate: evidence =>
    evaluateEach(evidence, 'buckets', {
      name: b => b.name,
      passes: b => deniesUnencryptedUploads(b.policy),
      failure: 'accepts uploads without SSE-KMS',
    }),
};
