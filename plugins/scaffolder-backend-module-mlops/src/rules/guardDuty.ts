import { declares, everyBlock, TerraformRule } from '../TerraformRule';

export const guardDuty: TerraformRule = {
  id: 'guardduty-enabled',
  severity: 'high',
  title: 'GuardDuty watches the account',
  check: model => [
    ...declares(model, 'aws_guardduty_detector', 'threats are not detected'),
    ...everyBlock(
      model.resources('aws_guardduty_detector'),
      d => d.body.enable !== false,
      'is disabled',
    ),
  ],
};
