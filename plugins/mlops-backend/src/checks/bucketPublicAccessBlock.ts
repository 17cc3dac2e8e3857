import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const bucketPublicAccessBlock: ComplianceCheck = {
  id: 'bucket-public-access-block',
  title: 'ML buckets block every form of public access',
  principle: 'least-privilege',
  severity: 'critical',
  description:
    'All four public access block settings stop a later ACL or policy from exposing models or data.',
  remediation:
    'Enable BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets (aws_s3_bucket_public_access_block).',
  controls: {
    awsConfigRule: 's3-bucket-level-public-access-prohibited',
    securityHub: 'S3.8',
    checkov: 'CKV2_AWS_6',
  },
  evaluate: evidence =>
    evaluateEach(evidence, 'buckets', {
      name: b => b.name,
      passes: b => {
        const block = b.publicAccessBlock;
        return Boolean(
          block?.blockPublicAcls &&
            block.ignorePublicAcls &&
            block.blockPublicPolicy &&
            block.restrictPublicBuckets,
        );
      },
      failure: 'does not block all public access',
    }),
};
