import { everyBlock, TerraformRule } from '../TerraformRule';

export const kmsKeyRotation: TerraformRule = {
  id: 'kms-key-rotation',
  severity: 'high',
  title: 'KMS keys rotate',
  check: model =>
    everyBlock(
      model.resources('aws_kms_key'),
      k => k.body.enable_key_rotation === true,
      'does not set enable_key_rotation = true',
    ),
};
