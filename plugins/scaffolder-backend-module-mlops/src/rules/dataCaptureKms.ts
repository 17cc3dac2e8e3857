import { block } from '../TerraformModel';
import { everyBlock, TerraformRule } from '../TerraformRule';

export const dataCaptureKms: TerraformRule = {
  id: 'data-capture-kms',
  severity: 'high',
  title: 'Endpoints capture their traffic, encrypted with a KMS key',
  check: model =>
    everyBlock(
      model.resources('aws_sagemaker_endpoint_configuration'),
      c => {
        const capture = block(c.body, 'data_capture_config');
        return (
          Boolean(capture?.kms_key_id) && capture?.enable_capture !== false
        );
      },
      'has no data_capture_config with a kms_key_id (drift detection reads the captured data)',
    ),
};
