import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { ModelCollatorFactory } from './ModelCollatorFactory';
import { ModelEntityProvider } from './ModelEntityProvider';
import { readModelCatalog } from './readModelCatalog';

function scheduleOf(config: RootConfigService) {
  const key = 'catalog.providers.mlops.schedule';
  return config.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : {
        frequency: { minutes: 10 },
        timeout: { minutes: 5 },
        initialDelay: { seconds: 30 },
      };
}

/** Publishes the model groups of the mlops backend as `Resource` entities of type `ml-model`. */
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
            appBaseUrl: config.getString('app.baseUrl'),
            taskRunner: scheduler.createScheduledTaskRunner(scheduleOf(config)),
            logger,
          }),
        );
      },
    });
  },
});

/** Indexes the model groups for portal search, as documents of type `ml-model`. */
export const searchModuleMlopsModels = createBackendModule({
  pluginId: 'search',
  moduleId: 'mlops-models',
  register(reg) {
    reg.registerInit({
      deps: {
        indexRegistry: searchIndexRegistryExtensionPoint,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({ indexRegistry, config, scheduler, discovery, auth }) {
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(scheduleOf(config)),
          factory: new ModelCollatorFactory(() =>
            readModelCatalog(discovery, auth),
          ),
        });
      },
    });
  },
});
