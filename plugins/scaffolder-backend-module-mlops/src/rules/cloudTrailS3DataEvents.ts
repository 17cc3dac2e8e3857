import { TerraformRule } from '../TerraformRule';

export const cloudTrailS3DataEvents: TerraformRule = {
  id: 'cloudtrail-s3-data-events',
  severity: 'medium',
  title: 'The trail records S3 object events of the ML buckets',
  check: model => {
    const recorded = model
      .resources('aws_cloudtrail')
      .some(t =>
        JSON.stringify([
          t.body.event_selector ?? [],
          t.body.advanced_event_selector ?? [],
        ]).includes('AWS::S3::Object'),
      );
    return recorded
      ? []
      : [{ message: 'No aws_cloudtrail records AWS::S3::Object data events' }];
  },
};
