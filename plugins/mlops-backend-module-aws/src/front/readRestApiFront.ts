import { InferenceApiEvidence } from '@aidlc/plugin-mlops-node';
import {
  GetModelCommand,
  GetRequestValidatorsCommand,
  GetStageCommand,
  Method,
  paginateGetResources,
} from '@aws-sdk/client-api-gateway';
import { AwsClients } from '../AwsClients';
import { integratedFunction, rateText } from './integrations';
import { LocationApis } from './readLocationApis';
import { readLambdaFront } from './readLambdaFront';
import { readWebAclRateLimit } from './readWebAclRateLimit';

/**
 * An API Gateway REST API stage in front of a model: whether the methods that invoke it validate the
 * body against a model, how the stage is throttled (method settings, usage plan, WAF rate-based
 * rule), the TLS policy of its custom domain, and its Lambda integration.
 */
export async function readRestApiFront(
  clients: AwsClients,
  apis: LocationApis,
  restApiId: string,
  stageName: string,
): Promise<InferenceApiEvidence> {
  const [stage, validators] = await Promise.all([
    clients.apigateway.send(new GetStageCommand({ restApiId, stageName })),
    clients.apigateway.send(new GetRequestValidatorsCommand({ restApiId })),
  ]);
  const bodyValidators = new Map(
    (validators.items ?? [])
      .filter(v => v.validateRequestBody && v.id)
      .map(v => [v.id!, v.name ?? v.id!]),
  );

  const invoking: { path: string; method: Method }[] = [];
  for await (const page of paginateGetResources(
    { client: clients.apigateway },
    { restApiId, embed: ['methods'], limit: 500 },
  )) {
    for (const resource of page.items ?? []) {
      for (const method of Object.values(resource.resourceMethods ?? {})) {
        if (method.httpMethod === 'POST')
          invoking.push({ path: resource.path ?? '/', method });
      }
    }
  }
  const unvalidated = invoking.filter(
    ({ method }) =>
      !bodyValidators.has(method.requestValidatorId ?? '') ||
      Object.keys(method.requestModels ?? {}).length === 0,
  );
  const name = `${restApiId}/${stageName}`;
  const front: InferenceApiEvidence = { name, kind: 'rest-api' };
  if (invoking.length > 0 && unvalidated.length === 0) {
    front.requestValidation = invoking
      .map(
        ({ path, method }) =>
          `POST ${path}: body against model ${Object.values(
            method.requestModels!,
          ).join(', ')} (validator ${bodyValidators.get(
            method.requestValidatorId!,
          )})`,
      )
      .join('; ');
  }

  const invocation =
    front.requestValidation &&
    (await readInvocation(clients, restApiId, invoking[0]));
  if (invocation) front.invocation = invocation;

  const throttled = Object.entries(stage.methodSettings ?? {}).find(
    ([, s]) => (s.throttlingRateLimit ?? 0) > 0,
  );
  const plan = apis.usagePlans.find(p =>
    p.stages.some(s => s.apiId === restApiId && s.stage === stageName),
  );
  const waf = stage.webAclArn
    ? await readWebAclRateLimit(clients, stage.webAclArn)
    : undefined;
  const throttling = [
    throttled &&
      `stage ${
        throttled[0] === '*/*' ? '(all methods)' : throttled[0]
      }: ${rateText(
        throttled[1].throttlingRateLimit,
        throttled[1].throttlingBurstLimit,
      )}`,
    plan?.throttle && `usage plan ${plan.name}: ${plan.throttle}`,
    waf,
  ].filter(Boolean);
  if (throttling.length > 0) front.throttling = throttling.join('; ');

  const tls = apis.domainPolicies[name];
  if (tls) front.minimumTls = tls;

  const functionArn = invoking
    .map(i => integratedFunction(i.method.methodIntegration?.uri))
    .find(Boolean);
  if (functionArn) {
    front.compute = (await readLambdaFront(clients, functionArn)).compute;
  }
  return front;
}

/** Longest request model read: a schema is small; anything larger is not one to show. */
const MAX_SCHEMA = 64 * 1024;

/** How the first invoking method is called: its path and the JSON schema its body is validated against. */
async function readInvocation(
  clients: AwsClients,
  restApiId: string,
  { path, method }: { path: string; method: Method },
) {
  const modelName = method.requestModels?.['application/json'];
  if (!modelName) return undefined;
  const model = await clients.apigateway.send(
    new GetModelCommand({ restApiId, modelName }),
  );
  if (!model.schema || model.schema.length > MAX_SCHEMA) return undefined;
  try {
    const requestSchema = JSON.parse(model.schema);
    return { method: 'POST', path, requestSchema };
  } catch {
    return undefined; // a model that is not JSON schema text describes nothing to call
  }
}
