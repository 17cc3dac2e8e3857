import {
  ANNOTATION_MODEL_GROUP_ARN,
  EndpointDrift,
  ModelGroup,
} from '@aidlc/plugin-mlops-common';
import { Entity, RELATION_DEPENDENCY_OF } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import useAsync from 'react-use/esm/useAsync';
import { mlopsApiRef } from '../api';

/** One service that serves the model, as far as the signed-in user may see it. */
export interface ServingService {
  entityRef: string;
  /** The service's endpoints that serve a version of the model */
  endpoints: EndpointDrift[];
  /** Why the service's ML data is not shown (not allowed, not read yet, ...) */
  unavailable?: string;
}

/** What a model entity shows: its group (versions, approval, metrics) and the services serving it. */
export interface ServedModel {
  group?: ModelGroup;
  services: ServingService[];
}

function unavailableReason(error: unknown): string {
  if (error instanceof ResponseError) {
    if (error.statusCode === 403) return 'You may not see its ML findings';
    if (error.statusCode === 404) return 'Its ML data is not read yet';
  }
  return `Its ML data could not be loaded: ${String(
    (error as Error)?.message ?? error,
  )}`;
}

/**
 * The model group of a model entity, read from the ML data of the services it is a dependency of
 * (the mlops API answers per service, with the service's permission), and the endpoints of each
 * service that serve one of its versions.
 */
export function useServedModel(model: Entity) {
  const api = useApi(mlopsApiRef);
  const arn = model.metadata.annotations?.[ANNOTATION_MODEL_GROUP_ARN];
  // The services the catalog module wrote into the model's spec; its relations also hold the model
  // servers that depend on it, which are not services with ML data.
  const written = model.spec?.dependencyOf;
  const serviceRefs = Array.isArray(written)
    ? written.map(String)
    : (model.relations ?? [])
        .filter(r => r.type === RELATION_DEPENDENCY_OF)
        .map(r => r.targetRef);
  return useAsync(async (): Promise<ServedModel> => {
    let group: ModelGroup | undefined;
    const services = await Promise.all(
      serviceRefs.map(async (entityRef): Promise<ServingService> => {
        try {
          const data = await api.getEntity(entityRef);
          const found = data.groups.find(g => g.arn === arn);
          group ??= found;
          const serving = new Set(
            (found?.versions ?? []).flatMap(v =>
              (v.deployments ?? []).map(d => d.endpoint),
            ),
          );
          return {
            entityRef,
            endpoints: data.endpoints.filter(e => serving.has(e.name)),
          };
        } catch (error) {
          return {
            entityRef,
            endpoints: [],
            unavailable: unavailableReason(error),
          };
        }
      }),
    );
    return { group, services };
  }, [api, arn, serviceRefs.join(',')]);
}
