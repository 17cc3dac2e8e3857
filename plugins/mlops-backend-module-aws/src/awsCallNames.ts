import { toError } from '@backstage/errors';
import { HandlerExecutionContext, InitializeMiddleware } from '@smithy/types';
import { deniedMessage, isAccessDenied, readableCause } from './awsErrors';

/** The IAM prefix of each SDK client the source uses. */
const IAM_PREFIXES: Record<string, string> = {
  SageMakerClient: 'sagemaker',
  CloudWatchClient: 'cloudwatch',
  S3Client: 's3',
  KMSClient: 'kms',
  IAMClient: 'iam',
  EC2Client: 'ec2',
  ECRClient: 'ecr',
  CloudTrailClient: 'cloudtrail',
  GuardDutyClient: 'guardduty',
  ConfigServiceClient: 'config',
  APIGatewayClient: 'apigateway',
  ApiGatewayV2Client: 'apigateway',
  LambdaClient: 'lambda',
  ECSClient: 'ecs',
  WAFV2Client: 'wafv2',
  EventBridgeClient: 'events',
};

/** S3 operations whose IAM action has another name. */
const S3_ACTIONS: Record<string, string> = {
  GetBucketEncryption: 'GetEncryptionConfiguration',
  GetPublicAccessBlock: 'GetBucketPublicAccessBlock',
};

/** Members of a request that name what it is about, most specific first. */
const RESOURCE_MEMBERS = [
  'EndpointName',
  'EndpointConfigName',
  'ModelName',
  'ModelPackageName',
  'ModelPackageGroupName',
  'TrainingJobName',
  'ProcessingJobName',
  'MonitoringScheduleName',
  'JobDefinitionName',
  'KeyId',
  'PolicyArn',
  'RoleName',
  'repositoryName',
  'restApiId',
  'ApiId',
  'DomainName',
  'FunctionName',
  'taskDefinition',
  'TrailName',
  'Name',
  'DetectorId',
  'Namespace',
];

/** The IAM action of an SDK call, e.g. `sagemaker:DescribeEndpoint`. */
export function iamActionOf(context: HandlerExecutionContext): string {
  const prefix = IAM_PREFIXES[context.clientName ?? ''] ?? 'aws';
  const operation = (context.commandName ?? '').replace(/Command$/, '');
  // API Gateway's IAM actions are HTTP verbs on resource paths: every read is apigateway:GET.
  if (prefix === 'apigateway') return 'apigateway:GET';
  return `${prefix}:${(prefix === 's3' && S3_ACTIONS[operation]) || operation}`;
}

/** What an SDK request is about, in the words of its input: a name, an ARN, an object, or the account. */
export function resourceOf(input: Record<string, unknown>): string {
  if (typeof input.Bucket === 'string') {
    return typeof input.Key === 'string'
      ? `s3://${input.Bucket}/${input.Key}`
      : input.Bucket;
  }
  const member = RESOURCE_MEMBERS.find(m => typeof input[m] === 'string');
  if (member) {
    const name = input[member] as string;
    return typeof input.PolicyName === 'string'
      ? `${name} (${input.PolicyName})`
      : name;
  }
  const filters = input.Filters as { Values?: string[] }[] | undefined;
  const values = filters?.[0]?.Values ?? [];
  return values.length > 0 ? values.join(', ') : 'the account';
}

/**
 * An SDK middleware that makes every failed call say which IAM action and resource it was about, in
 * words for the person who reads the ML tab. The error keeps its name and metadata, so callers can
 * still tell a denial, a timeout or a missing resource apart.
 */
export const namedErrors: InitializeMiddleware<any, any> =
  (next, context) => async args => {
    try {
      return await next(args);
    } catch (error) {
      const e = toError(error);
      const action = iamActionOf(context);
      const resource = resourceOf(args.input ?? {});
      const message = isAccessDenied(error)
        ? deniedMessage(action, resource)
        : `${action} on ${resource} failed: ${readableCause(e)}`;
      throw Object.assign(new Error(message), {
        name: e.name,
        $metadata: (e as { $metadata?: unknown }).$metadata,
      });
    }
  };
