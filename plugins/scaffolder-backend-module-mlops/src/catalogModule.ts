import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogLocationsExtensionPoint } from '@backstage/plugin-catalog-node';
import { readLocalPublishDirectory } from './readLocalPublishDirectory';

/**
 * Lets the catalog take the `file` locations that `mlops:publish:local` registers, and only where
 * `mlops.templates.localPublishDirectory` is set (and not turned off): the catalog registers `url` locations alone by
 * default, and a production portal keeps it so.
 * @public
 */
export const catalogModuleMlopsLocalProjects = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'mlops-local-projects',
  register(reg) {
    reg.registerInit({
      deps: {
        locations: catalogLocationsExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ locations, config }) {
        if (readLocalPublishDirectory(config)) {
          locations.setAllowedLocationTypes(['url', 'file']);
        }
      },
    });
  },
});
