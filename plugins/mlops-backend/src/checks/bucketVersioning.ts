import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const bucketVersioning: ComplianceCheck = {
  id: 'bucket-versioning',
  title: 'ML buckets keep object versions',
  principle: 'defense-in-depth',
  severity: 'medium',
  description:
    'Versioning keeps an overwritten model artifact or dataset recoverable.',
  remediation: 'Enable versioning on the bucket (aws_s3_bucket_versioning).',
  controls: { checkov: 'CKV_AWS_21' },
  evaluate: evidence =>
    evaluateEach(evidence, 'buckets', {
      name: b => b.name,
      passes: b => b.versioning,
      failure: 'does not keep versions',
    }),
};
