import { secretLike } from '@aidlc/plugin-mlops-node';
import { TerraformBlock } from '../TerraformModel';
import { everyBlock, TerraformRule } from '../TerraformRule';

/** The literal environment values of a model's containers or a Lambda function. */
function environmentOf(block: TerraformBlock): Record<string, unknown>[] {
  const containers = [
    ...[block.body.primary_container ?? []].flat(),
    ...[block.body.container ?? []].flat(),
  ] as { environment?: Record<string, unknown> }[];
  const lambda = [block.body.environment ?? []].flat() as {
    variables?: Record<string, unknown>;
  }[];
  return [
    ...containers.map(c => c.environment ?? {}),
    ...lambda.map(e => e.variables ?? {}),
  ];
}

/**
 * A secret-looking value written in the code, or a secret's value copied in from Secrets Manager
 * (`secret_string`): either way it sits in plain text in the function's or model's configuration.
 * Other interpolations (an ARN, a variable) are references, not values.
 */
const leaks = (environment: Record<string, unknown>) =>
  Object.entries(environment).some(
    ([name, value]) =>
      typeof value === 'string' &&
      (value.includes('${')
        ? /\.secret_(string|binary)\b/.test(value)
        : secretLike(name, value) !== undefined),
  );

export const noPlaintextSecrets: TerraformRule = {
  id: 'no-plaintext-secrets',
  severity: 'critical',
  title: 'No plaintext secrets in model or Lambda environment variables',
  check: model =>
    everyBlock(
      [
        ...model.resources('aws_sagemaker_model'),
        ...model.resources('aws_lambda_function'),
      ],
      block => !environmentOf(block).some(leaks),
      'sets a secret-looking environment variable to a literal value: reference Secrets Manager instead',
    ),
};
