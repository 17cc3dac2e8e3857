import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogCollatorExtensionPoint } from '@backstage/plugin-search-backend-module-catalog';
import { modelDocumentTransformer } from './modelDocuments';

/**
 * Puts the approval and serving state of ML models into their catalog search documents, so search
 * finds each model once, as the catalog entity it is. Needs
 * `@backstage/plugin-search-backend-module-catalog`; it sets that collator's entity transformer, of
 * which a backend has one.
 */
export const searchModuleMlopsModels = createBackendModule({
  pluginId: 'search',
  moduleId: 'mlops-models',
  register(reg) {
    reg.registerInit({
      deps: {
        catalogCollator: catalogCollatorExtensionPoint,
        logger: coreServices.logger,
      },
      async init({ catalogCollator, logger }) {
        catalogCollator.setEntityTransformer(modelDocumentTransformer);
        logger.info('ML models carry their approval state in catalog search');
      },
    });
  },
});
