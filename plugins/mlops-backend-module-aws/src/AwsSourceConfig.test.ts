import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { readAwsSourceConfig } from './AwsSourceConfig';

const logger = mockServices.logger.mock();
const read = (aws: object) =>
  readAwsSourceConfig(new ConfigReader({ mlops: { aws } }), logger);
const account = { accountId: '111122223333', regions: ['eu-west-1'] };

describe('readAwsSourceConfig', () => {
  it('is off without mlops.aws', () => {
    expect(
      readAwsSourceConfig(new ConfigReader({ mlops: {} }), logger),
    ).toBeUndefined();
  });

  it('fills in defaults', () => {
    const config = read({ accounts: [account] });
    expect(config).toEqual({
      accounts: [
        {
          ...account,
          roleArn: undefined,
          externalId: undefined,
          approvalRoleArn: undefined,
        },
      ],
      defaultAccountId: '111122223333',
      defaultRegion: undefined,
      endpoint: undefined,
      connectionTimeoutMs: 5000,
      requestTimeoutMs: 30000,
      concurrency: 8,
      maxAttempts: 5,
      maxVersionsPerGroup: 20,
      evidenceCacheTtlMs: 3_600_000,
      driftThreshold: 0.2,
      driftNamespace: 'AIDLC/ModelDrift',
    });
  });

  it('still reads the settings it renamed, and says what replaces them', () => {
    const warn = mockServices.logger.mock();
    const config = readAwsSourceConfig(
      new ConfigReader({
        mlops: {
          aws: { accounts: [account], evidenceCacheMinutes: 10 },
          drift: { namespace: 'Team/Drift' },
        },
      }),
      warn,
    );
    expect(config).toMatchObject({
      evidenceCacheTtlMs: 600_000,
      driftNamespace: 'Team/Drift',
    });
    expect(warn.warn.mock.calls.map(([message]) => message)).toEqual([
      'mlops.aws.evidenceCacheMinutes is deprecated: use mlops.aws.evidenceCacheTtl (a duration, e.g. { days: 90 })',
      'mlops.drift.namespace is deprecated: use mlops.aws.driftNamespace',
    ]);
    expect(
      read({
        accounts: [account],
        evidenceCacheTtl: { minutes: 5 },
        driftNamespace: 'Team/Drift',
      }),
    ).toMatchObject({
      evidenceCacheTtlMs: 300_000,
      driftNamespace: 'Team/Drift',
    });
  });

  it('reads the timeouts as durations', () => {
    expect(
      read({
        accounts: [account],
        timeouts: { connection: { seconds: 2 }, request: 'PT45S' },
      }),
    ).toMatchObject({ connectionTimeoutMs: 2000, requestTimeoutMs: 45_000 });
  });

  it.each([
    [
      { accounts: [account], timeouts: { request: { seconds: 0 } } },
      'mlops.aws.timeouts.request must be a duration of at least 1 ms',
    ],
    [{ accounts: [] }, 'mlops.aws.accounts needs at least one account'],
    [
      { accounts: [{ ...account, accountId: '1234' }] },
      'mlops.aws.accounts[0].accountId: "1234" is not a 12-digit AWS account id',
    ],
    [
      { accounts: [{ ...account, regions: ['europe'] }] },
      'mlops.aws.accounts[0].regions: "europe" is not an AWS region such as eu-west-1',
    ],
    [
      { accounts: [{ ...account, regions: [] }] },
      'mlops.aws.accounts[0].regions: needs at least one region',
    ],
    [
      {
        accounts: [
          {
            ...account,
            roleArn: 'arn:aws:iam::999988887777:role/mlops-readonly',
          },
        ],
      },
      'mlops.aws.accounts[0].roleArn: "arn:aws:iam::999988887777:role/mlops-readonly" is not the ARN of an IAM role in account 111122223333',
    ],
    [
      {
        accounts: [
          {
            ...account,
            approvalRoleArn: 'arn:aws:iam::999988887777:role/mlops-approver',
          },
        ],
      },
      'mlops.aws.accounts[0].approvalRoleArn: "arn:aws:iam::999988887777:role/mlops-approver" is not the ARN of an IAM role in account 111122223333',
    ],
    [
      { accounts: [account], defaultAccountId: '999988887777' },
      'mlops.aws.defaultAccountId: 999988887777 is not one of mlops.aws.accounts',
    ],
    [
      { accounts: [account], endpoint: 'localhost:4566' },
      'mlops.aws.endpoint: "localhost:4566" is not an http(s) URL',
    ],
    [
      { accounts: [account], concurrency: 0 },
      'mlops.aws.concurrency must be a positive number, got 0',
    ],
  ])('refuses %j', (aws, message) => {
    expect(() => read(aws)).toThrow(message);
  });
});
