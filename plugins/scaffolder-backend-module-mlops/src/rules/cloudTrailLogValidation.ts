import { everyBlock, TerraformRule } from '../TerraformRule';

export const cloudTrailLogValidation: TerraformRule = {
  id: 'cloudtrail-log-file-validation',
  severity: 'medium',
  title: 'Trails validate their log files and encrypt them with KMS',
  check: model =>
    everyBlock(
      model.resources('aws_cloudtrail'),
      t =>
        t.body.enable_log_file_validation === true &&
        Boolean(t.body.kms_key_id),
      'needs enable_log_file_validation = true and a kms_key_id (tampered or readable logs go unnoticed)',
    ),
};
