import { ModelCatalogRow } from '@aidlc/plugin-mlops-common';
import {
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { modelEntities } from '@aidlc/plugin-mlops-node';

/**
 * Publishes every model group known to the mlops backend as a catalog entity. Each run replaces
 * the whole set (a full mutation), so deleted groups leave the catalog; a run that cannot read the
 * groups changes nothing.
 */
export class ModelEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  constructor(
    private readonly options: {
      read: () => Promise<ModelCatalogRow[]>;
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
    const entities = modelEntities(await this.options.read());
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
    this.options.logger.info(
      `Published ${entities.length} ML models to the catalog`,
    );
  }
}
