import {
  AWS_ACCOUNT_ID_PATTERN,
  AWS_REGION_PATTERN,
  readDurationSetting,
} from '@aidlc/plugin-mlops-node';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** Where the template's drift job publishes, unless `mlops.aws.driftNamespace` says otherwise. */
const DRIFT_NAMESPACE = 'AIDLC/ModelDrift';

/** One AWS account the source reads, with its regions and how to reach it. */
export interface AwsAccountConfig {
  accountId: string;
  regions: string[];
  roleArn?: string;
  externalId?: string;
  /** The write role for model approvals (only `sagemaker:UpdateModelPackage`); none: read only */
  approvalRoleArn?: string;
}

/** `mlops.aws`, validated, with defaults filled in. */
export interface AwsSourceConfig {
  accounts: AwsAccountConfig[];
  defaultAccountId: string;
  defaultRegion?: string;
  endpoint?: string;
  /** How long a connection to AWS may take to open */
  connectionTimeoutMs: number;
  /** How long one AWS request may take; the SDK retries it up to `maxAttempts` */
  requestTimeoutMs: number;
  concurrency: number;
  maxAttempts: number;
  maxVersionsPerGroup: number;
  /** How long bucket, key, role and account evidence is reused */
  evidenceCacheTtlMs: number;
  driftThreshold: number;
  /** CloudWatch namespace the template's drift job publishes in */
  driftNamespace: string;
}

const ACCOUNT = AWS_ACCOUNT_ID_PATTERN;
const REGION = AWS_REGION_PATTERN;
const ROLE_ARN =
  /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:iam::(\d{12}):role\/[\w+=,.@/-]+$/;

function positive(config: Config, key: string, fallback: number): number {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!(value > 0)) {
    throw new InputError(
      `mlops.aws.${key} must be a positive number, got ${value}`,
    );
  }
  return value;
}

/** `mlops.aws.driftNamespace`; the backend's `mlops.drift.namespace` is read as before, with a warning. */
function driftNamespace(root: Config, logger: LoggerService): string {
  const legacy = root.getOptionalString('mlops.drift.namespace');
  if (legacy !== undefined && !root.has('mlops.aws.driftNamespace')) {
    logger.warn(
      'mlops.drift.namespace is deprecated: use mlops.aws.driftNamespace',
    );
    return legacy;
  }
  return root.getOptionalString('mlops.aws.driftNamespace') ?? DRIFT_NAMESPACE;
}

/**
 * Reads `mlops.aws` (undefined when it is absent: the module then stays idle).
 * @throws InputError naming the key and the bad value.
 */
export function readAwsSourceConfig(
  root: Config,
  logger: LoggerService,
): AwsSourceConfig | undefined {
  const config = root.getOptionalConfig('mlops.aws');
  if (!config) return undefined;
  const duration = readDurationSetting(root, logger);
  const accounts = config.getConfigArray('accounts').map((account, index) => {
    const where = `mlops.aws.accounts[${index}]`;
    const accountId = account.getString('accountId');
    if (!ACCOUNT.test(accountId)) {
      throw new InputError(
        `${where}.accountId: "${accountId}" is not a 12-digit AWS account id`,
      );
    }
    const regions = account.getStringArray('regions');
    const badRegion = regions.find(r => !REGION.test(r));
    if (regions.length === 0 || badRegion !== undefined) {
      throw new InputError(
        `${where}.regions: ${
          badRegion === undefined
            ? 'needs at least one region'
            : `"${badRegion}" is not an AWS region such as eu-west-1`
        }`,
      );
    }
    const roleOf = (key: string) => {
      const arn = account.getOptionalString(key);
      if (arn !== undefined && ROLE_ARN.exec(arn)?.[2] !== accountId) {
        throw new InputError(
          `${where}.${key}: "${arn}" is not the ARN of an IAM role in account ${accountId}`,
        );
      }
      return arn;
    };
    const roleArn = roleOf('roleArn');
    const approvalRoleArn = roleOf('approvalRoleArn');
    return {
      accountId,
      regions,
      roleArn,
      externalId: account.getOptionalString('externalId'),
      approvalRoleArn,
    };
  });
  if (accounts.length === 0) {
    throw new InputError('mlops.aws.accounts needs at least one account');
  }
  const defaultAccountId =
    config.getOptionalString('defaultAccountId') ?? accounts[0].accountId;
  if (!accounts.some(a => a.accountId === defaultAccountId)) {
    throw new InputError(
      `mlops.aws.defaultAccountId: ${defaultAccountId} is not one of mlops.aws.accounts`,
    );
  }
  const defaultRegion = config.getOptionalString('defaultRegion');
  if (defaultRegion !== undefined && !REGION.test(defaultRegion)) {
    throw new InputError(
      `mlops.aws.defaultRegion: "${defaultRegion}" is not an AWS region`,
    );
  }
  const endpoint = config.getOptionalString('endpoint');
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    throw new InputError(
      `mlops.aws.endpoint: "${endpoint}" is not an http(s) URL`,
    );
  }
  return {
    accounts,
    defaultAccountId,
    defaultRegion,
    endpoint,
    connectionTimeoutMs: duration('mlops.aws.timeouts.connection', {
      fallback: { seconds: 5 },
    }),
    requestTimeoutMs: duration('mlops.aws.timeouts.request', {
      fallback: { seconds: 30 },
    }),
    concurrency: positive(config, 'concurrency', 8),
    maxAttempts: positive(config, 'maxAttempts', 5),
    maxVersionsPerGroup: positive(config, 'maxVersionsPerGroup', 20),
    evidenceCacheTtlMs: duration('mlops.aws.evidenceCacheTtl', {
      fallback: { hours: 1 },
      legacy: { key: 'mlops.aws.evidenceCacheMinutes', unitMs: 60_000 },
    }),
    driftThreshold: positive(config, 'driftThreshold', 0.2),
    driftNamespace: driftNamespace(root, logger),
  };
}
