import { everyBlock, TerraformRule } from '../TerraformRule';

export const endpointConfigKms: TerraformRule = {
  id: 'endpoint-config-kms',
  severity: 'high',
  title: 'Endpoint storage is encrypted with a KMS key',
  check: model =>
    everyBlock(
      model.resources('aws_sagemaker_endpoint_configuration'),
      c => Boolean(c.body.kms_key_arn),
      'has no kms_key_arn',
    ),
};
