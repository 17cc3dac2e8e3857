import { InferenceApiEvidence } from '@aidlc/plugin-mlops-node';
import {
  GetIntegrationsCommand,
  GetStageCommand,
  RouteSettings,
} from '@aws-sdk/client-apigatewayv2';
import { AwsClients } from '../AwsClients';
import { integratedFunction, rateText } from './integrations';
import { LocationApis } from './readLocationApis';
import { readLambdaFront } from './readLambdaFront';

const rateOf = (s?: RouteSettings) =>
  rateText(s?.ThrottlingRateLimit, s?.ThrottlingBurstLimit);

/**
 * An API Gateway HTTP API stage in front of a model: its default or per-route throttling, the TLS
 * policy of its custom domain, and its Lambda integration. HTTP APIs have no request validator: the
 * validation is the one the Lambda integration declares.
 */
export async function readHttpApiFront(
  clients: AwsClients,
  apis: LocationApis,
  apiId: string,
  stageName: string,
): Promise<InferenceApiEvidence> {
  const [stage, integrations] = await Promise.all([
    clients.apigatewayv2.send(
      new GetStageCommand({ ApiId: apiId, StageName: stageName }),
    ),
    clients.apigatewayv2.send(
      new GetIntegrationsCommand({ ApiId: apiId, MaxResults: '500' }),
    ),
  ]);
  const name = `${apiId}/${stageName}`;
  const front: InferenceApiEvidence = { name, kind: 'http-api' };
  const route = Object.entries(stage.RouteSettings ?? {}).find(([, s]) =>
    rateOf(s),
  );
  const throttling = rateOf(stage.DefaultRouteSettings)
    ? `stage (all routes): ${rateOf(stage.DefaultRouteSettings)}`
    : route && `route ${route[0]}: ${rateOf(route[1])}`;
  if (throttling) front.throttling = throttling;
  const tls = apis.domainPolicies[name];
  if (tls) front.minimumTls = tls;

  const functionArn = (integrations.Items ?? [])
    .map(i => integratedFunction(i.IntegrationUri))
    .find(Boolean);
  if (functionArn) {
    const { compute, requestValidation } = await readLambdaFront(
      clients,
      functionArn,
    );
    front.compute = compute;
    if (requestValidation) front.requestValidation = requestValidation;
  }
  return front;
}
