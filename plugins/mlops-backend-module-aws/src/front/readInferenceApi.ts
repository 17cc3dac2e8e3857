import {
  InferenceApiEvidence,
  InferenceApiTarget,
} from '@aidlc/plugin-mlops-node';
import { isError, NotFoundError } from '@backstage/errors';
import { AwsClients } from '../AwsClients';
import { EvidenceGaps, readSection } from '../awsErrors';
import { readEcsFront } from './readEcsFront';
import { readHttpApiFront } from './readHttpApiFront';
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
    const location = await apis();
    const restApiId = location.restApiIds[target.api];
    const httpApiId = location.httpApiIds[target.api];
    if (!restApiId && httpApiId) {
      return readHttpApiFront(clients, location, httpApiId, target.stage);
    }
    if (!restApiId) {
      throw new NotFoundError(
        `No API Gateway REST or HTTP API with id or name ${target.api}`,
      );
    }
    return readRestApiFront(clients, location, restApiId, target.stage);
  }
  if (target.kind === 'ecs')
    return readEcsFront(clients, target.taskDefinition);
  const { compute, requestValidation, concurrencyLimit } =
    await readLambdaFront(clients, target.arn);
  return {
    name: compute.name,
    kind: 'lambda',
    compute,
    ...(requestValidation ? { requestValidation } : {}),
    ...(concurrencyLimit ? { throttling: concurrencyLimit } : {}),
  };
}

/**
 * The front of one entity through the cache, with the location's APIs, usage plans and domains read
 * once. A denial, or an API the annotation names that does not exist, is a gap of the section (its
 * checks report the reason); other failures propagate.
 */
export function readEntityFront(
  clients: AwsClients,
  cache: ResourceCache,
  location: string,
  ttlMs: number,
  front: InferenceApiTarget,
  gaps: EvidenceGaps,
): Promise<InferenceApiEvidence[] | undefined> {
  return readSection(gaps, 'inferenceApis', async () => {
    try {
      return [
        await cache.read(
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
        ),
      ];
    } catch (error) {
      if (!isError(error) || error.name !== 'NotFoundError') throw error;
      gaps.inferenceApis = error.message;
      return undefined;
    }
  });
}
