/**
 * The ML tab of services that ship models: model registry, drift and secure-ML compliance.
 * Legacy frontend system exports; the new system's plugin is the default export of `./alpha`.
 * @packageDocumentation
 */
export {
  mlopsPlugin,
  EntityMlopsContent,
  EntityMlopsSummaryCard,
  EntityMlopsModelCard,
  MlopsCompliancePage,
  MlopsModelCatalogPage,
} from './plugin';
export { mlopsComplianceRouteRef, mlopsModelsRouteRef } from './routes';
export { mlopsApiRef } from './api';
export { isMlopsAvailable, isMlopsModel } from '@aidlc/plugin-mlops-common';
