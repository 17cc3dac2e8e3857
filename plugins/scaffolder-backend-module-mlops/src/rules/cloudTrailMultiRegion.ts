import { declares, everyBlock, TerraformRule } from '../TerraformRule';

export const cloudTrailMultiRegion: TerraformRule = {
  id: 'cloudtrail-multi-region',
  severity: 'high',
  title: 'A multi-region trail records the API calls',
  check: model => [
    ...declares(model, 'aws_cloudtrail', 'API calls are not recorded'),
    ...everyBlock(
      model.resources('aws_cloudtrail'),
      t => t.body.is_multi_region_trail === true,
      'needs is_multi_region_trail = true',
    ),
  ],
};
