import { ModelCatalogRow } from '@aidlc/plugin-mlops-common';
import { mockServices } from '@backstage/backend-test-utils';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { ModelEntityProvider } from './ModelEntityProvider';

const rows: ModelCatalogRow[] = [
  {
    entityRef: 'component:default/churn-predictor',
    owner: 'group:default/personalization-ml',
    group: 'churn-gbm',
    arn: 'arn:aws:sagemaker:us-east-1:444455556666:model-package-group/churn-gbm',
    latestVersion: 9,
    latestStatus: 'Approved',
    approvedVersion: 9,
    servingEndpoints: [{ name: 'churn-predictor-serverless', versions: [9] }],
    driftStatus: 'ok',
  },
];

function setUp(
  read: () => Promise<ModelCatalogRow[]>,
  modelType?: 'ai-model' | 'ml-model',
) {
  const connection = {
    applyMutation: jest.fn(),
    refresh: jest.fn(),
  } as jest.Mocked<EntityProviderConnection>;
  const taskRunner = { run: jest.fn() };
  const provider = new ModelEntityProvider({
    read,
    modelType,
    taskRunner,
    logger: mockServices.logger.mock(),
  });
  return { connection, taskRunner, provider };
}

describe('ModelEntityProvider', () => {
  it('replaces the whole set of models on every run, so deleted groups leave', async () => {
    const { connection, taskRunner, provider } = setUp(async () => rows);
    await provider.connect(connection);
    expect(taskRunner.run).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'mlops-models:refresh' }),
    );

    await provider.refresh();
    expect(connection.applyMutation).toHaveBeenCalledWith({
      type: 'full',
      entities: [
        {
          locationKey: 'mlops-models',
          entity: expect.objectContaining({
            kind: 'Resource',
            metadata: expect.objectContaining({ name: 'churn-gbm' }),
            spec: expect.objectContaining({ type: 'ai-model' }),
          }),
        },
        {
          locationKey: 'mlops-models',
          entity: expect.objectContaining({
            kind: 'Component',
            metadata: expect.objectContaining({
              name: 'churn-predictor-serverless',
            }),
            spec: expect.objectContaining({ type: 'model-server' }),
          }),
        },
      ],
    });
  });

  it('publishes models as ml-model where the portal asks for it', async () => {
    const { connection, provider } = setUp(async () => rows, 'ml-model');
    await provider.connect(connection);
    await provider.refresh();
    const [{ entities }] = connection.applyMutation.mock.calls[0] as any;
    expect(entities[0].entity.spec.type).toBe('ml-model');
  });

  it('changes nothing when the models cannot be read', async () => {
    const { connection, provider } = setUp(async () => {
      throw new Error('mlops answered 503');
    });
    await provider.connect(connection);
    await expect(provider.refresh()).rejects.toThrow('mlops answered 503');
    expect(connection.applyMutation).not.toHaveBeenCalled();
  });
});
