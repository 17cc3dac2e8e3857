import { ModelCatalogRow } from '@aidlc/plugin-mlops-common';
import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import { catalogEntities } from './catalogEntities';

const ARN = (group: string) =>
  `arn:aws:sagemaker:eu-west-1:111122223333:model-package-group/${group}`;
const SCHEMA = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  required: ['instances'],
  properties: { instances: { type: 'array' } },
};

const fraud: ModelCatalogRow = {
  entityRef: 'component:default/fraud-scoring-api',
  owner: 'group:default/fraud-ml',
  system: 'system:default/secure-ml-platform',
  group: 'fraud-scoring-xgb',
  arn: ARN('fraud-scoring-xgb'),
  latestVersion: 13,
  approvedVersion: 12,
  servedVersions: [12],
  servingEndpoints: [
    {
      name: 'fraud-scoring-prod',
      versions: [12],
      api: { method: 'POST', path: '/invocations', requestSchema: SCHEMA },
    },
  ],
  driftStatus: 'ok',
};

const byRef = (entities: Entity[]) =>
  new Map(
    entities.map(e => [
      `${e.kind.toLocaleLowerCase('en-US')}:${e.metadata.namespace}/${
        e.metadata.name
      }`,
      e,
    ]),
  );

describe('catalogEntities: models, model servers and their APIs', () => {
  it('maps an endpoint to a model-server Component of its service, depending on the model it serves and providing its API', () => {
    const entities = byRef(catalogEntities([fraud]));
    expect([...entities.keys()]).toEqual([
      'resource:default/fraud-scoring-xgb',
      'component:default/fraud-scoring-prod',
      'api:default/fraud-scoring-prod-api',
    ]);
    const server = entities.get('component:default/fraud-scoring-prod')!;
    expect(server.spec).toEqual({
      type: 'model-server',
      owner: 'group:default/fraud-ml',
      lifecycle: 'production',
      system: 'system:default/secure-ml-platform',
      subcomponentOf: 'component:default/fraud-scoring-api',
      dependencyOf: ['component:default/fraud-scoring-api'],
      dependsOn: ['resource:default/fraud-scoring-xgb'],
      providesApis: ['api:default/fraud-scoring-prod-api'],
    });
    expect(server.metadata.annotations).toMatchObject({
      'aidlc.io/sagemaker-endpoint-name': 'fraud-scoring-prod',
      'rhdh.io/ai-asset-category': 'model-server',
      'rhdh.io/ai-asset-source': 'aws-sagemaker',
    });
    // Not an ML service itself: the mlops annotations would make the refresh read it
    expect(server.metadata.annotations).not.toHaveProperty(
      'aws.amazon.com/sagemaker-endpoint',
    );
    expect(server.metadata.description).toBe(
      'SageMaker endpoint fraud-scoring-prod, serving fraud-scoring-xgb v12.',
    );
  });

  it("writes the API's OpenAPI definition from the schema the front validates bodies against", () => {
    const api = byRef(catalogEntities([fraud])).get(
      'api:default/fraud-scoring-prod-api',
    )!;
    expect(api.spec).toMatchObject({
      type: 'openapi',
      owner: 'group:default/fraud-ml',
      lifecycle: 'production',
      system: 'system:default/secure-ml-platform',
    });
    const definition = JSON.parse(api.spec!.definition as string);
    expect(definition.openapi).toBe('3.0.3');
    expect(
      definition.paths['/invocations'].post.requestBody.content[
        'application/json'
      ].schema,
    ).toEqual({
      type: 'object',
      required: ['instances'],
      properties: { instances: { type: 'array' } },
    });
  });

  it('makes no API when the source does not know the schema, and one server for an endpoint serving two groups', () => {
    const { api: _api, ...withoutApi } = fraud.servingEndpoints![0];
    const shadow: ModelCatalogRow = {
      ...fraud,
      group: 'fraud-rules',
      arn: ARN('fraud-rules'),
      servingEndpoints: [{ ...withoutApi, versions: [3] }],
    };
    const entities = catalogEntities([
      { ...fraud, servingEndpoints: [withoutApi] },
      shadow,
    ]);
    expect(entities.filter(e => e.kind === 'API')).toEqual([]);
    const servers = entities.filter(e => e.kind === 'Component');
    expect(servers).toHaveLength(1);
    expect(servers[0].spec!.dependsOn).toEqual([
      'resource:default/fraud-scoring-xgb',
      'resource:default/fraud-rules',
    ]);
    expect(servers[0].spec).not.toHaveProperty('providesApis');
  });

  it.each(['ai-model', 'ml-model'] as const)(
    'with models typed %s, produces entities the catalog accepts whatever the names',
    async type => {
      const policies = EntityPolicies.allOf([
        new SchemaValidEntityPolicy(),
        new NoForeignRootFieldsEntityPolicy(),
        new FieldFormatEntityPolicy(),
      ]);
      const validators: Record<string, { check(e: Entity): Promise<boolean> }> =
        {
          Resource: resourceEntityV1alpha1Validator,
          Component: componentEntityV1alpha1Validator,
          API: apiEntityV1alpha1Validator,
        };
      for (const endpoint of ['x'.repeat(63), 'Prod--Endpoint', 'a']) {
        const entities = catalogEntities(
          [
            {
              ...fraud,
              servingEndpoints: [
                { ...fraud.servingEndpoints![0], name: endpoint },
              ],
            },
          ],
          type,
        );
        expect(entities.map(e => e.kind)).toEqual([
          'Resource',
          'Component',
          'API',
        ]);
        expect(entities[0].spec!.type).toBe(type);
        for (const entity of entities) {
          await expect(policies.enforce(entity)).resolves.toBe(entity);
          await expect(validators[entity.kind].check(entity)).resolves.toBe(
            true,
          );
        }
      }
    },
  );
});
