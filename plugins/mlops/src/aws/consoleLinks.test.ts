import fc from 'fast-check';
import { awsConsole, consoleUrlOf, parseArn } from './consoleLinks';

const EU = { partition: 'aws', region: 'eu-west-1', account: '111122223333' };

describe('AWS console links', () => {
  it.each([
    [
      'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/txn-anomaly-prod',
      'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/endpoints/txn-anomaly-prod',
    ],
    [
      'arn:aws:sagemaker:eu-west-1:111122223333:model-package/txn-anomaly-rcf/6',
      'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/model-registry/txn-anomaly-rcf/versions/6',
    ],
    [
      'arn:aws:sagemaker:eu-west-1:111122223333:model-package-group/txn-anomaly-rcf',
      'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/model-registry/txn-anomaly-rcf',
    ],
    [
      'arn:aws:sagemaker:us-east-1:111122223333:training-job/churn-train-1',
      'https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/jobs/churn-train-1',
    ],
    [
      'arn:aws:sagemaker:eu-west-1:111122223333:monitoring-schedule/txn-dq',
      'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/monitoring-schedules/txn-dq',
    ],
    [
      'arn:aws:lambda:eu-west-1:111122223333:function:recommender-front',
      'https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions/recommender-front',
    ],
    [
      'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'https://eu-west-1.console.aws.amazon.com/kms/home?region=eu-west-1#/kms/keys/1234abcd-12ab-34cd-56ef-1234567890ab',
    ],
    [
      'arn:aws:iam::111122223333:role/ml/fraud-inference',
      'https://console.aws.amazon.com/iam/home#/roles/details/fraud-inference',
    ],
    [
      'arn:aws:s3:::fraud-ml-models',
      'https://console.aws.amazon.com/s3/buckets/fraud-ml-models?tab=objects',
    ],
    [
      's3://fraud-ml-models/txn-anomaly/v6/model.tar.gz',
      'https://console.aws.amazon.com/s3/buckets/fraud-ml-models?tab=objects&prefix=txn-anomaly%2Fv6%2F',
    ],
    [
      '111122223333.dkr.ecr.eu-west-1.amazonaws.com/ml/churn:9',
      'https://eu-west-1.console.aws.amazon.com/ecr/repositories/private/111122223333/ml/churn?region=eu-west-1',
    ],
    [
      'arn:aws-cn:sagemaker:cn-north-1:111122223333:endpoint/e',
      'https://cn-north-1.console.amazonaws.cn/sagemaker/home?region=cn-north-1#/endpoints/e',
    ],
  ])('%s opens %s', (resource, url) => {
    expect(consoleUrlOf(resource)).toBe(url);
  });

  it('links nothing it cannot place', () => {
    expect(consoleUrlOf('fraud-ml-models')).toBeUndefined();
    expect(
      consoleUrlOf('arn:aws:dynamodb:eu-west-1:111122223333:table/t'),
    ).toBeUndefined();
    expect(parseArn('arn:evil:sagemaker:x:1:endpoint/e')).toBeUndefined();
  });

  it('builds metric links from a location', () => {
    expect(
      awsConsole.cloudWatchMetric(EU, 'feature_baseline_drift_amount'),
    ).toBe(
      'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#metricsV2:graph=~();search=feature_baseline_drift_amount',
    );
  });

  it('keeps any name inside its own path segment of the console', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (region, resource) => {
        const url = new URL(
          awsConsole.endpoint({ partition: 'aws', region }, resource),
        );
        expect(url.protocol).toBe('https:');
        expect(url.hostname).toMatch(/(^|\.)console\.aws\.amazon\.com$/);
        expect(decodeURIComponent(url.hash.slice('#/endpoints/'.length))).toBe(
          resource,
        );
      }),
    );
  });
});
