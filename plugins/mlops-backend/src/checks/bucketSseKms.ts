import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const bucketSseKms: ComplianceCheck = {
  id: 'bucket-sse-kms',
  title: 'ML buckets encrypted by default with KMS keys',
  principle: 'encryption',
  severity: 'high',
  description:
    'SSE-KMS keeps access to the objects under the key policy and records every decryption in CloudTrail; SSE-S3 does neither.',
  remediation:
    'Set default encryption aws:kms with the project key (aws_s3_bucket_server_side_encryption_configuration).',
  controls: {
    awsConfigRule: 's3-default-encryption-kms',
    securityHub: 'S3.17',
    checkov: 'CKV_AWS_145',
  },
  evaluate: evidence =>
    evaluateEach(evidence, 'buckets', {
      name: b => b.name,
      passes: b => Boolean(b.encryption?.algorithm.startsWith('aws:kms')),
      failure: 'is not encrypted with a KMS key by default',
    }),
};
