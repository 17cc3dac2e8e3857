import { block } from '../TerraformModel';
import { everyBlock, TerraformRule } from '../TerraformRule';

export const safeDeployment: TerraformRule = {
  id: 'safe-deployment',
  severity: 'medium',
  title: 'Endpoints deploy blue/green with automatic rollback',
  check: model =>
    everyBlock(
      model.resources('aws_sagemaker_endpoint'),
      e => {
        const deployment = block(e.body, 'deployment_config');
        return Boolean(
          block(deployment, 'blue_green_update_policy') &&
            block(deployment, 'auto_rollback_configuration')?.alarms,
        );
      },
      'has no deployment_config with a blue_green_update_policy and auto_rollback_configuration alarms',
    ),
};
