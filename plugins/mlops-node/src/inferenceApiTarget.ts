import { InputError } from '@backstage/errors';
import { ANNOTATION_INFERENCE_API } from '@aidlc/plugin-mlops-common';
import { quoteValue } from './quoteValue';

/** The front of an entity's models, as its `aidlc.io/inference-api` annotation names it. @public */
export type InferenceApiTarget =
  | {
      kind: 'rest-api';
      /** Its id, or its name (resolved by the source) */ api: string;
      stage: string;
    }
  | { kind: 'lambda'; arn: string; functionName: string }
  | {
      kind: 'ecs';
      /** A task definition ARN, with or without its revision */ taskDefinition: string;
    };

const REST_STAGE = /^([a-zA-Z0-9_-]{1,128})\/([a-zA-Z0-9_-]{1,128})$/;
const ECS_TASK_DEFINITION =
  /^arn:aws(?:-cn|-us-gov)?:ecs:[a-z0-9-]{1,32}:\d{12}:task-definition\/[a-zA-Z0-9_-]{1,255}(?::\d{1,9})?$/;
const LAMBDA_ARN =
  /^arn:aws(?:-cn|-us-gov)?:lambda:[a-z0-9-]{1,32}:\d{12}:function:([a-zA-Z0-9_-]{1,64})(?::[a-zA-Z0-9_$-]{1,128})?$/;

/**
 * Reads the inference API annotation: an API Gateway REST API stage (`<id or name>/<stage>`: a
 * project created from the template knows its API's name, not the id AWS gives it) or a Lambda ARN.
 * @throws InputError naming the annotation and the bad value.
 * @public
 */
export function parseInferenceApi(
  value: string | undefined,
): InferenceApiTarget | undefined {
  if (!value) return undefined;
  const stage = REST_STAGE.exec(value);
  if (stage) return { kind: 'rest-api', api: stage[1], stage: stage[2] };
  const lambda = LAMBDA_ARN.exec(value);
  if (lambda) return { kind: 'lambda', arn: value, functionName: lambda[1] };
  if (ECS_TASK_DEFINITION.test(value))
    return { kind: 'ecs', taskDefinition: value };
  throw new InputError(
    `Annotation ${ANNOTATION_INFERENCE_API}: ${quoteValue(
      value,
    )} is neither <api id or name>/<stage> of API Gateway, a Lambda function ARN nor an ECS task definition ARN`,
  );
}
