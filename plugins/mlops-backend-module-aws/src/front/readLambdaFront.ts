import {
  environmentVariable,
  InferenceApiEvidence,
} from '@aidlc/plugin-mlops-node';
import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import { AwsClients } from '../AwsClients';

/** The tag a Lambda front carries to declare that it validates requests (its value says how). */
export const VALIDATION_TAG = 'aidlc:request-validation';

/** A Lambda function in front of a model: its environment (names only), VPC, declared validation and limit. */
export async function readLambdaFront(
  clients: AwsClients,
  functionName: string,
) {
  const answer = await clients.lambda.send(
    new GetFunctionCommand({ FunctionName: functionName }),
  );
  const config = answer.Configuration ?? {};
  const compute: NonNullable<InferenceApiEvidence['compute']> = {
    kind: 'lambda',
    name: config.FunctionName ?? functionName,
    environment: Object.entries(config.Environment?.Variables ?? {}).map(
      ([name, value]) => environmentVariable(name, value),
    ),
    inVpc: (config.VpcConfig?.SubnetIds ?? []).length > 0,
  };
  const declared = answer.Tags?.[VALIDATION_TAG];
  const reserved = answer.Concurrency?.ReservedConcurrentExecutions;
  return {
    compute,
    ...(declared
      ? { requestValidation: `declared by the function: ${declared}` }
      : {}),
    ...(reserved !== undefined
      ? { concurrencyLimit: `reserved concurrency ${reserved}` }
      : {}),
  };
}
