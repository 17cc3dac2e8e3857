import {
  InferenceApiEvidence,
  InferenceApiTarget,
} from '@aidlc/plugin-mlops-node';
import { AwsClients } from '../AwsClients';
import { readLambdaFront } from './readLambdaFront';
import { LocationApis, readLocationApis } from './readLocationApis';
import { ResourceCache } from '../ResourceCache';
import { readRestApiFront } from './readRestApiFront';

/** The front an entity names, read as the checks see it. */
export async function readInferenceApi(
  clients: AwsClients,
  apis: () => Promise<LocationApis>,
  target: InferenceApiTarget,
): Promise<InferenceApiEvidence> {
  if (target.kind === 'rest-api') {
    return readRestApiFront(
      clients,
      await apis(),
      target.restApiId,
      target.stage,
    );
  }
  const { lambda, requestValidation, concurrencyLimit } = await readLambdaFront(
    clients,
    target.arn,
  );
  return {
    name: lambda.name,
    kind: 'lambda',
    lambda,
    ...(requestValidation ? { requestValidation } : {}),
    ...(concurrencyLimit ? { throttling: concurrencyLimit } : {}),
  };
}

/** The front of one entity through the cache, with the location's usage plans and domains read once. */
export function readEntityFront(
  clients: AwsClients,
  cache: ResourceCache,
  location: string,
  ttlMs: number,
  front: InferenceApiTarget,
): Promise<InferenceApiEvidence> {
  return cache.read(
    `aws:${location}:front:${JSON.stringify(front)}`,
    ttlMs,
    () =>
      readInferenceApi(
        clients,
        () =>
          cache.read(`aws:${location}:api-gateway`, ttlMs, () =>
            readLocationApis(clients),
          ),
        front,
      ),
  );
}
