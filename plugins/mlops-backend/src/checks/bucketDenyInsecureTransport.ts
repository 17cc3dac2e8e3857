import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';
import { deniesInsecureTransport } from './policyStatements';

export const bucketDenyInsecureTransport: ComplianceCheck = {
  id: 'bucket-deny-insecure-transport',
  title: 'ML buckets refuse requests without TLS',
  principle: 'encryption',
  severity: 'high',
  description:
    'A bucket policy that denies aws:SecureTransport = false keeps data encrypted in transit.',
  remediation:
    'Add a Deny statement for s3:* on the bucket and its objects with Condition Bool aws:SecureTransport = false.',
  controls: {
    awsConfigRule: 's3-bucket-ssl-requests-only',
    securityHub: 'S3.5',
  },
  evaluate: evidence =>
    evaluateEach(evidence, 'buckets', {
      name: b => b.name,
      passes: b => deniesInsecureTransport(b.policy),
      failure: 'accepts requests without TLS',
    }),
};
