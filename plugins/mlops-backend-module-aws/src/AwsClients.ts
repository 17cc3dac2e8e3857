import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECSClient } from '@aws-sdk/client-ecs';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { WAFV2Client } from '@aws-sdk/client-wafv2';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { parse } from '@aws-sdk/util-arn-parser';
import { Config, ConfigReader } from '@backstage/config';
import {
  AwsCredentialsManager,
  DefaultAwsCredentialsManager,
} from '@backstage/integration-aws-node';
import pLimit from 'p-limit';
import { AbortableHttpHandler } from './awsAbortScope';
import { namedErrors } from './awsCallNames';
import { AwsSourceConfig } from './AwsSourceConfig';

/** The SDK clients of one account and region. */
export interface AwsClients {
  sagemaker: SageMakerClient;
  cloudwatch: CloudWatchClient;
  s3: S3Client;
  kms: KMSClient;
  iam: IAMClient;
  ec2: EC2Client;
  ecr: ECRClient;
  cloudtrail: CloudTrailClient;
  guardduty: GuardDutyClient;
  configService: ConfigServiceClient;
  /** The inference API in front of the models */
  apigateway: APIGatewayClient;
  apigatewayv2: ApiGatewayV2Client;
  lambda: LambdaClient;
  ecs: ECSClient;
  wafv2: WAFV2Client;
  /** The rules that start the pipelines */
  eventbridge: EventBridgeClient;
  /** SageMaker through the account's approval role, where one is configured: the only writer */
  approvals?: SageMakerClient;
}

/**
 * The credentials config of `@backstage/integration-aws-node` (the `aws` section), plus the accounts
 * of `mlops.aws`: with their `roleArn` assumed, without one reached by the default credential chain
 * (or by `aws.accountDefaults` when it names a role).
 */
export function credentialsConfig(
  root: Config,
  source: AwsSourceConfig,
): Config {
  const aws = (root.getOptional('aws') ?? {}) as {
    accounts?: { accountId: string }[];
    accountDefaults?: { roleName?: string };
  };
  const known = new Set((aws.accounts ?? []).map(a => a.accountId));
  const added = source.accounts
    .filter(
      a =>
        !known.has(a.accountId) &&
        (a.roleArn || !aws.accountDefaults?.roleName),
    )
    .map(a =>
      a.roleArn
        ? {
            accountId: a.accountId,
            partition: parse(a.roleArn).partition,
            // arn:<partition>:iam::<account>:role/<path and name>
            roleName: parse(a.roleArn).resource.replace(/^role\//, ''),
            ...(a.externalId ? { externalId: a.externalId } : {}),
          }
        : { accountId: a.accountId },
    );
  return new ConfigReader({
    aws: { ...aws, accounts: [...(aws.accounts ?? []), ...added] },
  });
}

/** Creates the clients of each account and region once, with adaptive retry and the endpoint override. */
export class AwsClientFactory {
  private readonly clients = new Map<string, Promise<AwsClients>>();

  constructor(
    private readonly source: AwsSourceConfig,
    private readonly credentials: AwsCredentialsManager,
  ) {}

  static fromConfig(root: Config, source: AwsSourceConfig) {
    return new AwsClientFactory(
      source,
      DefaultAwsCredentialsManager.fromConfig(credentialsConfig(root, source)),
    );
  }

  forLocation(accountId: string, region: string): Promise<AwsClients> {
    const key = `${accountId}/${region}`;
    let clients = this.clients.get(key);
    if (!clients) {
      clients = this.create(accountId, region);
      clients.catch(() => this.clients.delete(key));
      this.clients.set(key, clients);
    }
    return clients;
  }

  /** Every call times out (the SDK only warns unless told to throw) and stops with the refresh. */
  private requestHandler() {
    return new AbortableHttpHandler({
      connectionTimeout: this.source.connectionTimeoutMs,
      requestTimeout: this.source.requestTimeoutMs,
      throwOnRequestTimeout: true,
    });
  }

  /**
   * The account's credentials. With an endpoint override (LocalStack, a fake), the role is assumed
   * from that endpoint too: integration-aws-node's STS client knows no endpoint.
   */
  private async credentialsFor(accountId: string, region: string) {
    const { endpoint } = this.source;
    const account = this.source.accounts.find(a => a.accountId === accountId);
    if (endpoint && account?.roleArn) {
      return fromTemporaryCredentials({
        params: {
          RoleArn: account.roleArn,
          RoleSessionName: 'backstage-mlops',
          ...(account.externalId ? { ExternalId: account.externalId } : {}),
        },
        clientConfig: {
          region,
          endpoint,
          requestHandler: this.requestHandler(),
        },
      });
    }
    return (await this.credentials.getCredentialProvider({ accountId }))
      .sdkCredentialProvider;
  }

  private async create(accountId: string, region: string): Promise<AwsClients> {
    const base = {
      region,
      credentials: await this.credentialsFor(accountId, region),
      // Adaptive retry slows down on throttling instead of failing a large refresh.
      retryMode: 'adaptive',
      maxAttempts: this.source.maxAttempts,
      ...(this.source.endpoint ? { endpoint: this.source.endpoint } : {}),
    };
    const options = () => ({ ...base, requestHandler: this.requestHandler() });
    const clients: AwsClients = {
      sagemaker: new SageMakerClient(options()),
      cloudwatch: new CloudWatchClient(options()),
      // Buckets may live in another region than the models that use them.
      s3: new S3Client({
        ...options(),
        followRegionRedirects: true,
        forcePathStyle: Boolean(this.source.endpoint),
      }),
      kms: new KMSClient(options()),
      iam: new IAMClient(options()),
      ec2: new EC2Client(options()),
      ecr: new ECRClient(options()),
      cloudtrail: new CloudTrailClient(options()),
      guardduty: new GuardDutyClient(options()),
      configService: new ConfigServiceClient(options()),
      apigateway: new APIGatewayClient(options()),
      apigatewayv2: new ApiGatewayV2Client(options()),
      lambda: new LambdaClient(options()),
      ecs: new ECSClient(options()),
      wafv2: new WAFV2Client(options()),
      eventbridge: new EventBridgeClient(options()),
    };
    const approvalRoleArn = this.source.accounts.find(
      a => a.accountId === accountId,
    )?.approvalRoleArn;
    if (approvalRoleArn) {
      clients.approvals = new SageMakerClient({
        ...options(),
        // Assumed with the read credentials: the portal's identity needs sts:AssumeRole on it.
        credentials: fromTemporaryCredentials({
          masterCredentials: base.credentials,
          params: {
            RoleArn: approvalRoleArn,
            RoleSessionName: 'backstage-mlops-approval',
          },
          clientConfig: {
            region,
            ...(this.source.endpoint ? { endpoint: this.source.endpoint } : {}),
            requestHandler: this.requestHandler(),
          },
        }),
      });
    }
    // One bound on the calls in flight to this account and region, whichever service they go to.
    const limit = pLimit(this.source.concurrency);
    for (const client of Object.values(clients).filter(Boolean)) {
      client.middlewareStack.add(namedErrors, {
        step: 'initialize',
        name: 'mlopsNamedErrors',
        priority: 'high',
      });
      client.middlewareStack.add(
        (next: (args: unknown) => Promise<unknown>) => (args: unknown) =>
          limit(() => next(args)),
        { step: 'initialize', name: 'mlopsConcurrencyLimit' },
      );
    }
    return clients;
  }
}
