import {
  readModelCatalog,
  readScheduleSetting,
} from '@aidlc/plugin-mlops-node';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { ModelCollatorFactory } from './ModelCollatorFactory';

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
          schedule: scheduler.createScheduledTaskRunner(
            readScheduleSetting(config, 'search.collators.mlops.schedule', {
              frequency: { minutes: 10 },
              timeout: { minutes: 5 },
              initialDelay: { seconds: 30 },
            }),
          ),
          factory: new ModelCollatorFactory(() =>
            readModelCatalog(discovery, auth),
          ),
        });
      },
    });
  },
});
