import { iamActionOf, resourceOf } from './awsCallNames';

describe('the names of a failed AWS call', () => {
  it('are the IAM actions an operator grants, also where S3 names them otherwise', () => {
    const action = (clientName: string, commandName: string) =>
      iamActionOf({ clientName, commandName });
    expect(action('SageMakerClient', 'DescribeEndpointCommand')).toBe(
      'sagemaker:DescribeEndpoint',
    );
    expect(
      action('ConfigServiceClient', 'DescribeConfigurationRecordersCommand'),
    ).toBe('config:DescribeConfigurationRecorders');
    expect(action('S3Client', 'GetBucketEncryptionCommand')).toBe(
      's3:GetEncryptionConfiguration',
    );
    expect(action('S3Client', 'GetPublicAccessBlockCommand')).toBe(
      's3:GetBucketPublicAccessBlock',
    );
    expect(action('S3Client', 'GetBucketPolicyCommand')).toBe(
      's3:GetBucketPolicy',
    );
  });

  it('name the resource from the request, or the account when it names none', () => {
    expect(resourceOf({ EndpointName: 'churn-prod' })).toBe('churn-prod');
    expect(resourceOf({ Bucket: 'models', Key: 'a/b.json' })).toBe(
      's3://models/a/b.json',
    );
    expect(resourceOf({ Bucket: 'models' })).toBe('models');
    expect(
      resourceOf({ RoleName: 'fraud-inference', PolicyName: 'inline' }),
    ).toBe('fraud-inference (inline)');
    expect(
      resourceOf({
        Filters: [
          { Name: 'vpc-id', Values: ['vpc-1', 'vpc-2'] },
          { Name: 'vpc-endpoint-state', Values: ['available'] },
        ],
      }),
    ).toBe('vpc-1, vpc-2');
    expect(resourceOf({ includeShadowTrails: true })).toBe('the account');
  });
});
