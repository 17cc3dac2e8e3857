import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createTerraformCheckAction } from './terraformCheckAction';

/** Adds the secure ML pipeline's actions (`mlops:terraform:check`) to the scaffolder. @public */
export const scaffolderModuleMlops = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'mlops',
  register(reg) {
    reg.registerInit({
      deps: { scaffolder: scaffolderActionsExtensionPoint },
      async init({ scaffolder }) {
        scaffolder.addActions(createTerraformCheckAction());
      },
    });
  },
});
