import { declares, everyBlock, TerraformRule } from '../TerraformRule';

export const cloudTrail: TerraformRule = {
  id: 'audit-cloudtrail',
  severity: 'high',
  title: 'A multi-region trail with log file validation, encrypted with KMS',
  check: model => [
    ...declares(model, 'aws_cloudtrail', 'API calls are not recorded'),
    ...everyBlock(
      model.resources('aws_cloudtrail'),
      t =>
        t.body.is_multi_region_trail === true &&
        t.body.enable_log_file_validation === true &&
        Boolean(t.body.kms_key_id),
      'needs is_multi_region_trail = true, enable_log_file_validation = true and a kms_key_id',
    ),
  ],
};
