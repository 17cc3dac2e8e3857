import { everyBlock, TerraformRule } from '../TerraformRule';

export const modelNetworkIsolation: TerraformRule = {
  id: 'model-network-isolation',
  severity: 'high',
  title: 'Models run with network isolation',
  check: model =>
    everyBlock(
      model.resources('aws_sagemaker_model'),
      m => m.body.enable_network_isolation === true,
      'does not set enable_network_isolation = true',
    ),
};
