/** Where a resource lives: the partition decides the console's host. */
export interface AwsLocation {
  partition: string;
  region: string;
  account?: string;
}

/** The parts of an ARN: `arn:partition:service:region:account:resource`. */
export interface Arn extends AwsLocation {
  service: string;
  /** Everything after the account, e.g. `endpoint/fraud-prod` or `role/ml/exec` */
  resource: string;
}

const ARN =
  /^arn:(aws|aws-cn|aws-us-gov):([a-z0-9-]+):([a-z0-9-]*):(\d{12})?:(.+)$/;

export function parseArn(arn: string): Arn | undefined {
  const match = ARN.exec(arn.trim());
  if (!match) return undefined;
  const [, partition, service, region, account, resource] = match;
  return { partition, service, region, account, resource };
}

const CONSOLE_HOSTS: Record<string, string> = {
  aws: 'console.aws.amazon.com',
  'aws-cn': 'console.amazonaws.cn',
  'aws-us-gov': 'console.amazonaws-us-gov.com',
};

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/**
 * A page of a regional console app, e.g. `sagemaker/home`, with the region in host and query; a
 * region that is not one (from a mistyped annotation) gets the console's own region instead.
 */
function regional(at: AwsLocation, app: string, hash = ''): string {
  const host = CONSOLE_HOSTS[at.partition] ?? CONSOLE_HOSTS.aws;
  if (!REGION.test(at.region)) return `https://${host}/${app}${hash}`;
  return `https://${at.region}.${host}/${app}?region=${at.region}${hash}`;
}

const name = (value: string) => encodeURIComponent(value);

/** Console pages of the resources the ML views show. */
export const awsConsole = {
  endpoint: (at: AwsLocation, endpoint: string) =>
    regional(at, 'sagemaker/home', `#/endpoints/${name(endpoint)}`),
  trainingJob: (at: AwsLocation, job: string) =>
    regional(at, 'sagemaker/home', `#/jobs/${name(job)}`),
  monitoringSchedule: (at: AwsLocation, schedule: string) =>
    regional(at, 'sagemaker/home', `#/monitoring-schedules/${name(schedule)}`),
  modelPackageGroup: (at: AwsLocation, group: string) =>
    regional(at, 'sagemaker/home', `#/model-registry/${name(group)}`),
  modelPackage: (at: AwsLocation, group: string, version: number) =>
    regional(
      at,
      'sagemaker/home',
      `#/model-registry/${name(group)}/versions/${version}`,
    ),
  /** A metric found by name: drift metrics live in the project's own namespace */
  cloudWatchMetric: (at: AwsLocation, metric: string) =>
    regional(
      at,
      'cloudwatch/home',
      `#metricsV2:graph=~();search=${name(metric)}`,
    ),
  lambdaFunction: (at: AwsLocation, fn: string) =>
    regional(at, 'lambda/home', `#/functions/${name(fn)}`),
  kmsKey: (at: AwsLocation, keyId: string) =>
    regional(at, 'kms/home', `#/kms/keys/${name(keyId)}`),
  /** An S3 bucket, or the folder of an object under it */
  s3: (at: Pick<AwsLocation, 'partition'>, bucket: string, prefix = '') => {
    const host = CONSOLE_HOSTS[at.partition] ?? CONSOLE_HOSTS.aws;
    const folder = prefix.includes('/')
      ? `&prefix=${name(prefix.slice(0, prefix.lastIndexOf('/') + 1))}`
      : '';
    return `https://${host}/s3/buckets/${name(bucket)}?tab=objects${folder}`;
  },
  ecrRepository: (at: AwsLocation, repository: string) =>
    regional(
      at,
      `ecr/repositories/private/${at.account}/${repository
        .split('/')
        .map(name)
        .join('/')}`,
    ),
  iamRole: (at: Pick<AwsLocation, 'partition'>, role: string) => {
    const host = CONSOLE_HOSTS[at.partition] ?? CONSOLE_HOSTS.aws;
    return `https://${host}/iam/home#/roles/details/${name(role)}`;
  },
};

/** `s3://bucket/key` and ECR image URIs, which name their resource without an ARN. */
const S3_URI = /^s3:\/\/([a-z0-9.-]{3,63})(?:\/(.*))?$/;
const ECR_IMAGE =
  /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/([a-z0-9._/-]+)(?:[:@].*)?$/;

/**
 * The console page of a resource named by its ARN, an `s3://` URI or an ECR image URI, for the
 * kinds the ML views show; undefined for anything else (a plain name says too little).
 */
export function consoleUrlOf(resource: string): string | undefined {
  const s3 = S3_URI.exec(resource);
  if (s3) return awsConsole.s3({ partition: 'aws' }, s3[1], s3[2]);
  const image = ECR_IMAGE.exec(resource);
  if (image) {
    const [, account, region, china, repository] = image;
    const partition = china ? 'aws-cn' : 'aws';
    return awsConsole.ecrRepository({ partition, region, account }, repository);
  }
  const arn = parseArn(resource);
  if (!arn) return undefined;
  const [type, ...rest] = arn.resource.split(/[/:]/);
  const id = rest.join('/');
  switch (`${arn.service}:${type}`) {
    case 'sagemaker:endpoint':
      return awsConsole.endpoint(arn, id);
    case 'sagemaker:training-job':
      return awsConsole.trainingJob(arn, id);
    case 'sagemaker:monitoring-schedule':
      return awsConsole.monitoringSchedule(arn, id);
    case 'sagemaker:model-package-group':
      return awsConsole.modelPackageGroup(arn, id);
    case 'sagemaker:model-package': {
      const [group, version] = rest;
      return version && /^\d+$/.test(version)
        ? awsConsole.modelPackage(arn, group, Number(version))
        : awsConsole.modelPackageGroup(arn, group);
    }
    case 'lambda:function':
      return awsConsole.lambdaFunction(arn, rest[0]);
    case 'kms:key':
      return awsConsole.kmsKey(arn, id);
    case 'iam:role':
      return awsConsole.iamRole(arn, rest[rest.length - 1]);
    default:
      return arn.service === 's3' && !arn.region && !arn.account
        ? awsConsole.s3(arn, arn.resource.split('/')[0])
        : undefined;
  }
}
