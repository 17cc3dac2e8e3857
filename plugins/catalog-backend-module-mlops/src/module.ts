import {
  readModelCatalog,
  readScheduleSetting,
} from '@aidlc/plugin-mlops-node';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { ModelEntityProvider } from './ModelEntityProvider';
import { readModelType } from './readModelType';

/**
 * Publishes the model groups of the mlops backend as `Resource` entities of type `ai-model` (or
 * `ml-model`, `catalog.providers.mlops.modelType`), their endpoints as `model-server` components and
 * their invocation APIs.
 */
export const catalogModuleMlopsModels = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'mlops-models',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
      },
      async init({ catalog, config, scheduler, discovery, auth, logger }) {
        catalog.addEntityProvider(
          new ModelEntityProvider({
            read: () => readModelCatalog(discovery, auth),
            modelType: readModelType(config),
            taskRunner: scheduler.createScheduledTaskRunner(
              readScheduleSetting(config, 'catalog.providers.mlops.schedule', {
                frequency: { minutes: 10 },
                timeout: { minutes: 5 },
                initialDelay: { seconds: 30 },
              }),
            ),
            logger,
          }),
        );
      },
    });
  },
});
