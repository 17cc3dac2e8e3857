import { declares, TerraformRule } from '../TerraformRule';

export const configRecorder: TerraformRule = {
  id: 'config-recorder-on',
  severity: 'medium',
  title: 'AWS Config records resource changes',
  check: model =>
    declares(
      model,
      'aws_config_configuration_recorder',
      'configuration changes are not recorded',
    ),
};
