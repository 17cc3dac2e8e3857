import { block } from '../TerraformModel';
import { everyBlock, TerraformRule } from '../TerraformRule';

export const modelInVpc: TerraformRule = {
  id: 'model-in-vpc',
  severity: 'high',
  title: 'Models run in the private subnets',
  check: model =>
    everyBlock(
      model.resources('aws_sagemaker_model'),
      m => Boolean(block(m.body, 'vpc_config')?.subnets),
      'has no vpc_config with subnets',
    ),
};
