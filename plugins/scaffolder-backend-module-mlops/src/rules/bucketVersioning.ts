import { block } from '../TerraformModel';
import { everyBlock, TerraformRule } from '../TerraformRule';

export const bucketVersioning: TerraformRule = {
  id: 'bucket-versioning',
  severity: 'medium',
  title: 'Buckets keep versions',
  check: model =>
    everyBlock(
      model.resources('aws_s3_bucket'),
      bucket =>
        model
          .referencing('aws_s3_bucket_versioning', 'bucket', bucket)
          .some(
            v =>
              block(v.body, 'versioning_configuration')?.status === 'Enabled',
          ),
      'has no aws_s3_bucket_versioning with status = "Enabled"',
    ),
};
