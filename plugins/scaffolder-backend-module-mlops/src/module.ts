import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { readLocalPublishDirectory } from './readLocalPublishDirectory';
import { createPublishLocalAction } from './publishLocalAction';
import { createTerraformCheckAction } from './terraformCheckAction';

/**
 * Adds the secure ML pipeline's actions to the scaffolder: the policy gate (`mlops:terraform:check`)
 * and publishing to the portal's disk for local try-outs (`mlops:publish:local`, on when
 * `mlops.templates.localPublishDirectory` is set).
 * @public
 */
export const scaffolderModuleMlops = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'mlops',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
      },
      async init({ scaffolder, config, catalog }) {
        scaffolder.addActions(
          createTerraformCheckAction(),
          createPublishLocalAction({
            directory: readLocalPublishDirectory(config),
            catalog,
          }),
        );
      },
    });
  },
});
