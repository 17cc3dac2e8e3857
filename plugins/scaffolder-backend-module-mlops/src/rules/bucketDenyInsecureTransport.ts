import { everyBlock, TerraformRule } from '../TerraformRule';
import { bucketStatements, denies, hasCondition } from './policyDocuments';

export const bucketDenyInsecureTransport: TerraformRule = {
  id: 'bucket-deny-insecure-transport',
  severity: 'high',
  title: 'Bucket policies refuse requests without TLS',
  check: model =>
    everyBlock(
      model.resources('aws_s3_bucket'),
      bucket =>
        bucketStatements(model, bucket).some(
          s => denies(s) && hasCondition(s, 'aws:SecureTransport', 'false'),
        ),
      'has no bucket policy that denies aws:SecureTransport = false',
    ),
};
