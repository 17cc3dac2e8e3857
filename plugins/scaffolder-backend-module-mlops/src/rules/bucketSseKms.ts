import { block } from '../TerraformModel';
import { everyBlock, TerraformRule } from '../TerraformRule';

export const bucketSseKms: TerraformRule = {
  id: 'bucket-sse-kms',
  severity: 'high',
  title: 'Buckets encrypt with SSE-KMS by default',
  check: model =>
    everyBlock(
      model.resources('aws_s3_bucket'),
      bucket =>
        model
          .referencing(
            'aws_s3_bucket_server_side_encryption_configuration',
            'bucket',
            bucket,
          )
          .some(c => {
            const rule = block(
              block(c.body, 'rule'),
              'apply_server_side_encryption_by_default',
            );
            return (
              /^aws:kms/.test(rule?.sse_algorithm ?? '') &&
              Boolean(rule?.kms_master_key_id)
            );
          }),
      'has no default encryption with a KMS key (aws_s3_bucket_server_side_encryption_configuration, sse_algorithm = "aws:kms")',
    ),
};
