import { everyBlock, TerraformRule } from '../TerraformRule';
import { bucketStatements, denies, hasCondition } from './policyDocuments';

export const bucketDenyUnencryptedUploads: TerraformRule = {
  id: 'bucket-deny-unencrypted-uploads',
  severity: 'medium',
  title: 'Bucket policies refuse uploads without SSE-KMS',
  check: model =>
    everyBlock(
      model.resources('aws_s3_bucket'),
      bucket =>
        bucketStatements(model, bucket).some(
          s =>
            denies(s) &&
            (s.actions ?? []).includes('s3:PutObject') &&
            hasCondition(s, 's3:x-amz-server-side-encryption'),
        ),
      'has no bucket policy that denies s3:PutObject without s3:x-amz-server-side-encryption = aws:kms',
    ),
};
