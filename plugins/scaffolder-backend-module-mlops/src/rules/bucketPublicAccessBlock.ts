import { everyBlock, TerraformRule } from '../TerraformRule';

const SETTINGS = [
  'block_public_acls',
  'block_public_policy',
  'ignore_public_acls',
  'restrict_public_buckets',
];

export const bucketPublicAccessBlock: TerraformRule = {
  id: 'bucket-public-access-block',
  severity: 'critical',
  title: 'Buckets block every kind of public access',
  check: model =>
    everyBlock(
      model.resources('aws_s3_bucket'),
      bucket =>
        model
          .referencing('aws_s3_bucket_public_access_block', 'bucket', bucket)
          .some(b => SETTINGS.every(s => b.body[s] === true)),
      `has no aws_s3_bucket_public_access_block with ${SETTINGS.join(
        ', ',
      )} = true`,
    ),
};
