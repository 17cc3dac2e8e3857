/**
 * Model groups of the mlops backend in the software catalog (as `Resource` entities of type
 * `ml-model`) and in portal search.
 * @packageDocumentation
 */
import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { catalogModuleMlopsModels, searchModuleMlopsModels } from './module';

export { catalogModuleMlopsModels, searchModuleMlopsModels } from './module';
export { ModelEntityProvider } from './ModelEntityProvider';
export {
  ModelCollatorFactory,
  type ModelDocument,
} from './ModelCollatorFactory';

/** Both modules: `backend.add(import('@aidlc/plugin-catalog-backend-module-mlops'))`. */
export default createBackendFeatureLoader({
  *loader() {
    yield catalogModuleMlopsModels;
    yield searchModuleMlopsModels;
  },
});
