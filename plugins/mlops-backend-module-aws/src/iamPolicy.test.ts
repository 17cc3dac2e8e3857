import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { iamActionOf } from './awsCallNames';

/** The SDK client of each package the source imports commands from. */
const CLIENTS: Record<string, string> = {
  'client-sagemaker': 'SageMakerClient',
  'client-cloudwatch': 'CloudWatchClient',
  'client-s3': 'S3Client',
  'client-kms': 'KMSClient',
  'client-iam': 'IAMClient',
  'client-ec2': 'EC2Client',
  'client-ecr': 'ECRClient',
  'client-cloudtrail': 'CloudTrailClient',
  'client-guardduty': 'GuardDutyClient',
  'client-config-service': 'ConfigServiceClient',
  'client-api-gateway': 'APIGatewayClient',
  'client-apigatewayv2': 'ApiGatewayV2Client',
  'client-lambda': 'LambdaClient',
  'client-ecs': 'ECSClient',
  'client-wafv2': 'WAFV2Client',
  'client-eventbridge': 'EventBridgeClient',
};

/** The IAM actions of the commands and paginators a source file imports, named as errors name them. */
function actionsOf(code: string): string[] {
  return [...code.matchAll(/import \{([^}]*)\} from '@aws-sdk\/([a-z0-9-]+)'/g)]
    .filter(([, , pkg]) => CLIENTS[pkg])
    .flatMap(([, names, pkg]) =>
      names
        .split(',')
        .map(name => name.trim())
        .map(
          name =>
            /^(\w+)Command$/.exec(name)?.[1] ??
            /^paginate(\w+)$/.exec(name)?.[1],
        )
        .filter((operation): operation is string => Boolean(operation))
        .map(operation =>
          iamActionOf({
            clientName: CLIENTS[pkg],
            commandName: `${operation}Command`,
          }),
        ),
    );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name.startsWith('__') ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The actions a policy file of this package allows. */
function granted(file: string): Set<string> {
  const policy = JSON.parse(
    readFileSync(resolve(__dirname, '..', file), 'utf8'),
  );
  return new Set(
    policy.Statement.flatMap((s: { Action: string[] }) => s.Action),
  );
}

describe('the IAM policies of the AWS source', () => {
  const called = new Set(
    sources(__dirname).flatMap(file => actionsOf(readFileSync(file, 'utf8'))),
  );
  // apigateway:GET is API Gateway's one read action (its actions are HTTP verbs)
  const writes = [...called].filter(a => !/:(Get|List|Describe|GET$)/.test(a));

  it('iam-policy.json grants every read the source makes, and nothing that writes', () => {
    const read = granted('iam-policy.json');
    expect(called.size).toBeGreaterThan(30);
    expect(
      [...called].filter(a => !read.has(a) && !writes.includes(a)),
    ).toEqual([]);
    expect([...read].filter(a => !called.has(a))).toEqual([]);
    expect([...read].filter(a => writes.includes(a))).toEqual([]);
  });

  it('iam-approval-policy.json grants the one write, approving or rejecting model versions', () => {
    expect(writes).toEqual(['sagemaker:UpdateModelPackage']);
    expect([...granted('iam-approval-policy.json')]).toEqual(writes);
  });
});
