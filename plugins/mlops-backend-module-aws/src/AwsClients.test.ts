import { ConfigReader } from '@backstage/config';
import { AwsClientFactory, credentialsConfig } from './AwsClients';
import { readAwsSourceConfig } from './AwsSourceConfig';

const root = new ConfigReader({
  aws: {
    accounts: [{ accountId: '555566667777', roleName: 'platform-reader' }],
  },
  mlops: {
    aws: {
      accounts: [
        {
          accountId: '111122223333',
          regions: ['eu-west-1'],
          roleArn: 'arn:aws:iam::111122223333:role/ml/backstage-mlops-readonly',
          externalId: 'portal',
        },
        { accountId: '444455556666', regions: ['us-east-1'] },
        { accountId: '555566667777', regions: ['us-east-1'] },
      ],
      endpoint: 'http://localhost:4566',
    },
  },
});
const source = readAwsSourceConfig(root)!;

describe('AwsClientFactory', () => {
  it('hands integration-aws-node the roles of mlops.aws next to its own accounts', () => {
    expect(credentialsConfig(root, source).get('aws')).toEqual({
      accounts: [
        { accountId: '555566667777', roleName: 'platform-reader' },
        {
          accountId: '111122223333',
          partition: 'aws',
          roleName: 'ml/backstage-mlops-readonly',
          externalId: 'portal',
        },
        { accountId: '444455556666' },
      ],
    });
  });

  it('creates clients of the region with the endpoint override and adaptive retry', async () => {
    const clients = await AwsClientFactory.fromConfig(root, source).forLocation(
      '444455556666',
      'us-east-1',
    );
    for (const client of [clients.sagemaker, clients.cloudwatch, clients.kms]) {
      expect(await client.config.region()).toBe('us-east-1');
      expect(await client.config.retryStrategy()).toMatchObject({
        mode: 'adaptive',
      });
    }
    const endpoint = await clients.sagemaker.config.endpoint!();
    expect(endpoint).toMatchObject({
      hostname: 'localhost',
      port: 4566,
      protocol: 'http:',
    });
  });
});
