import {
  ANNOTATION_MODEL_GROUP_ARN,
  InferenceApiSchema,
  ModelCatalogRow,
} from '@aidlc/plugin-mlops-common';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  AI_ASSET_ANNOTATIONS,
  AI_ASSET_SOURCE,
  MODELS_LOCATION,
} from './modelEntities';
import { uniqueEntityNames } from './modelEntityName';

/** The SageMaker endpoint a model-server component stands for. @public */
export const ANNOTATION_ENDPOINT_NAME = 'aidlc.io/sagemaker-endpoint-name';

interface Server {
  endpoint: string;
  namespace: string;
  /** The service that annotates the endpoint (the first by ref when several do) and the others */
  services: ModelCatalogRow[];
  models: { arn: string; versions: number[] }[];
  api?: InferenceApiSchema;
}

/** The endpoints of the rows, one per namespace and endpoint name, with every model they serve. */
function serversOf(rows: ModelCatalogRow[]): Server[] {
  const servers = new Map<string, Server>();
  for (const row of [...rows].sort((a, b) =>
    a.entityRef.localeCompare(b.entityRef),
  )) {
    const namespace = parseEntityRef(row.entityRef).namespace;
    for (const endpoint of row.servingEndpoints ?? []) {
      const key = `${namespace}/${endpoint.name}`;
      const server = servers.get(key) ?? {
        endpoint: endpoint.name,
        namespace,
        services: [],
        models: [],
      };
      if (!server.services.some(s => s.entityRef === row.entityRef))
        server.services.push(row);
      if (!server.models.some(m => m.arn === row.arn))
        server.models.push({ arn: row.arn, versions: endpoint.versions });
      server.api ??= endpoint.api;
      servers.set(key, server);
    }
  }
  return [...servers.values()];
}

/** An OpenAPI document of the one operation the API in front of the endpoint validates. */
function openApiOf(endpoint: string, api: InferenceApiSchema): string {
  const { $schema: _draft, ...schema } = api.requestSchema as Record<
    string,
    unknown
  >;
  return JSON.stringify(
    {
      openapi: '3.0.3',
      info: {
        title: `${endpoint} inference API`,
        version: '1',
        description:
          'Read from the API in front of the SageMaker endpoint: the schema it validates request bodies against.',
      },
      paths: {
        [api.path]: {
          [api.method.toLowerCase()]: {
            summary: `Invoke the model served by ${endpoint}`,
            requestBody: {
              required: true,
              content: { 'application/json': { schema } },
            },
            responses: { '200': { description: 'The prediction' } },
          },
        },
      },
    },
    null,
    2,
  );
}

/**
 * The ecosystem's model servers: a `Component` of type `model-server` per SageMaker endpoint, owned
 * by the owner of the service that annotates it, part of that service (`subcomponentOf`,
 * `dependencyOf`) and its system, depending on the models it serves; and its invocation `API`
 * (OpenAPI) when the source knows the schema the API in front validates bodies against. Model
 * entities are named by `modelRefs` (by group ARN).
 * @public
 */
export function modelServerEntities(
  rows: ModelCatalogRow[],
  modelRefs: Map<string, string>,
): Entity[] {
  const servers = serversOf(rows);
  const names = uniqueEntityNames(
    servers.map(({ namespace, endpoint, services }) => ({
      namespace,
      name: endpoint,
      id: `${services[0].entityRef}/${endpoint}`,
    })),
  );
  return servers.flatMap((server, i) => {
    const { endpoint, namespace, services, models, api } = server;
    const [first] = services;
    const name = names[i];
    const apiName = `${name.slice(0, 59).replace(/[-_.]+$/, '')}-api`;
    const annotations = (category: string) => ({
      [ANNOTATION_LOCATION]: MODELS_LOCATION,
      [ANNOTATION_ORIGIN_LOCATION]: MODELS_LOCATION,
      [ANNOTATION_ENDPOINT_NAME]: endpoint,
      [AI_ASSET_ANNOTATIONS.category]: category,
      [AI_ASSET_ANNOTATIONS.source]: AI_ASSET_SOURCE,
    });
    const placed = {
      owner: first.owner,
      lifecycle: 'production',
      ...(first.system && { system: first.system }),
    };
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        namespace,
        title: endpoint,
        description: `SageMaker endpoint ${endpoint}, serving ${models
          .map(
            m =>
              `${
                parseEntityRef(modelRefs.get(m.arn) ?? m.arn, {
                  defaultKind: 'resource',
                }).name
              } ${m.versions.map(v => `v${v}`).join(', ')}`,
          )
          .join('; ')}.`,
        annotations: annotations('model-server'),
        tags: ['model-server', 'sagemaker'],
      },
      spec: {
        type: 'model-server',
        ...placed,
        subcomponentOf: first.entityRef,
        dependencyOf: services.map(s => s.entityRef),
        dependsOn: models
          .map(m => modelRefs.get(m.arn))
          .filter((ref): ref is string => Boolean(ref)),
        ...(api && {
          providesApis: [
            stringifyEntityRef({ kind: 'api', namespace, name: apiName }),
          ],
        }),
      },
    };
    if (!api) return [component];
    const apiEntity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: {
        name: apiName,
        namespace,
        title: `${endpoint} inference API`,
        description: `${api.method} ${api.path} of the model server ${endpoint}`,
        annotations: annotations('model-server'),
        tags: ['model-server', 'openapi'],
      },
      spec: {
        type: 'openapi',
        ...placed,
        definition: openApiOf(endpoint, api),
      },
    };
    return [component, apiEntity];
  });
}

/** The model entities' refs by the group ARN their annotation names. */
export function modelRefsOf(models: Entity[]): Map<string, string> {
  return new Map(
    models.map(model => [
      model.metadata.annotations![ANNOTATION_MODEL_GROUP_ARN],
      stringifyEntityRef(model),
    ]),
  );
}
