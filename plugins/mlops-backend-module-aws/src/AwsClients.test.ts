import {
  DescribeEndpointCommand,
  ListMonitoringSchedulesCommand,
} from '@aws-sdk/client-sagemaker';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { withEnvCredentials } from './__testUtils__/envCredentials';
import { startFakeAws } from './__testUtils__/fakeAwsServer';
import { awsAbortScope } from './awsAbortScope';
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
const source = readAwsSourceConfig(root, mockServices.logger.mock())!;

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

describe('AWS calls on the wire', () => {
  withEnvCredentials();

  async function clientsAgainst(url: string, aws: object = {}) {
    const config = new ConfigReader({
      mlops: {
        aws: {
          accounts: [{ accountId: '111122223333', regions: ['eu-west-1'] }],
          endpoint: url,
          maxAttempts: 2,
          timeouts: {
            // Generous for a loaded machine: a call that gets no answer at all still takes 2 x 2 s.
            connection: { seconds: 2 },
            request: { seconds: 2 },
          },
          ...aws,
        },
      },
    });
    const read = readAwsSourceConfig(config, mockServices.logger.mock())!;
    return AwsClientFactory.fromConfig(config, read).forLocation(
      '111122223333',
      'eu-west-1',
    );
  }

  it('cuts off a call AWS never answers, retries it, and says so in words', async () => {
    const aws = await startFakeAws(() => 'hang');
    try {
      const { sagemaker } = await clientsAgainst(aws.url);
      await expect(
        sagemaker.send(
          new DescribeEndpointCommand({ EndpointName: 'churn-prod' }),
        ),
      ).rejects.toThrow(
        'sagemaker:DescribeEndpoint on churn-prod failed: timed out: AWS did not answer within mlops.aws.timeouts (tried 2 times); the next refresh tries again',
      );
      expect(aws.requests.map(r => r.operation)).toEqual([
        'DescribeEndpoint',
        'DescribeEndpoint',
      ]);
    } finally {
      aws.close();
    }
  });

  it('names the IAM action and the resource of a call AWS denies', async () => {
    const aws = await startFakeAws(() => ({
      error: 'AccessDeniedException',
      message: 'User is not authorized to perform: sagemaker:DescribeEndpoint',
    }));
    try {
      const { sagemaker } = await clientsAgainst(aws.url);
      const denied = sagemaker.send(
        new DescribeEndpointCommand({ EndpointName: 'churn-prod' }),
      );
      await expect(denied).rejects.toThrow(
        "AWS denied sagemaker:DescribeEndpoint on churn-prod: grant sagemaker:DescribeEndpoint to the portal's role",
      );
      // The name stays, so a denied evidence section becomes a gap and not a failed refresh
      await expect(denied).rejects.toMatchObject({
        name: 'AccessDeniedException',
      });
    } finally {
      aws.close();
    }
  });

  it('stops a call in flight when the running refresh is aborted', async () => {
    const aws = await startFakeAws(() => 'hang');
    try {
      const { sagemaker } = await clientsAgainst(aws.url, {
        timeouts: { request: { hours: 1 } },
      });
      const refresh = new AbortController();
      const call = awsAbortScope.run(refresh.signal, () =>
        sagemaker.send(
          new DescribeEndpointCommand({ EndpointName: 'churn-prod' }),
        ),
      );
      while (aws.requests.length === 0)
        await new Promise(r => setTimeout(r, 10));
      refresh.abort();
      await expect(call).rejects.toThrow(
        'sagemaker:DescribeEndpoint on churn-prod failed: stopped: the refresh ran past mlops.schedule.timeout; the next one tries again',
      );
    } finally {
      aws.close();
    }
  });

  it('assumes the role at the endpoint override and calls SageMaker with its credentials', async () => {
    const aws = await startFakeAws(({ operation }) =>
      operation === 'AssumeRole'
        ? {
            xml: `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
<Credentials><AccessKeyId>ASIAASSUMEDROLE</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>
<AssumedRoleUser><AssumedRoleId>AROA:backstage-mlops</AssumedRoleId><Arn>arn:aws:sts::111122223333:assumed-role/reader/backstage-mlops</Arn></AssumedRoleUser>
</AssumeRoleResult></AssumeRoleResponse>`,
          }
        : { json: { MonitoringScheduleSummaries: [] } },
    );
    try {
      const { sagemaker } = await clientsAgainst(aws.url, {
        accounts: [
          {
            accountId: '111122223333',
            regions: ['eu-west-1'],
            roleArn: 'arn:aws:iam::111122223333:role/reader',
            externalId: 'portal',
          },
        ],
      });
      await sagemaker.send(
        new ListMonitoringSchedulesCommand({ EndpointName: 'churn-prod' }),
      );
      const [assume, list] = aws.requests;
      expect(assume).toMatchObject({
        operation: 'AssumeRole',
        input: {
          RoleArn: 'arn:aws:iam::111122223333:role/reader',
          ExternalId: 'portal',
          RoleSessionName: 'backstage-mlops',
        },
        authorization: expect.stringContaining('Credential=AKIAMAINACCOUNT/'),
      });
      expect(list.authorization).toContain('Credential=ASIAASSUMEDROLE/');
    } finally {
      aws.close();
    }
  });
});
