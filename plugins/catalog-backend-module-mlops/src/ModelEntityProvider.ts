import { ModelCatalogRow } from '@aidlc/plugin-mlops-common';
import {
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { catalogEntities, ModelEntityType } from '@aidlc/plugin-mlops-node';

/**
 * Publishes every model group known to the mlops backend as a catalog entity, with the endpoints
 * that serve them as model servers and their invocation APIs. Each run replaces
 * the whole set (a full mutation), so deleted groups leave the catalog; a run that cannot read the
 * groups changes nothing.
 */
export class ModelEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  constructor(
    private readonly options: {
      read: () => Promise<ModelCatalogRow[]>;
      /** The `spec.type` of model entities (default `ai-model`) */
      modelType?: ModelEntityType;
      taskRunner: SchedulerServiceTaskRunner;
      logger: LoggerService;
    },
  ) {}

  getProviderName(): string {
    return 'mlops-models';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.options.taskRunner.run({
      id: `${this.getProviderName()}:refresh`,
      fn: () => this.refresh(),
    });
  }

  async refresh(): Promise<void> {
    if (!this.connection) {
      throw new Error(
        `${this.getProviderName()} is not connected to the catalog yet`,
      );
    }
    const entities = catalogEntities(
      await this.options.read(),
      this.options.modelType,
    );
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
    this.options.logger.info(
      `Published ${entities.length} ML models, model servers and APIs to the catalog`,
    );
  }
}
