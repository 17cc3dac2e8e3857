/**
 * Model groups of the mlops backend in the software catalog as the Backstage AI ecosystem maps them:
 * `Resource` entities of type `ai-model` (or `ml-model`), `model-server` components and their APIs.
 * @packageDocumentation
 */
export { catalogModuleMlopsModels as default } from './module';
export { catalogModuleMlopsModels } from './module';
export { ModelEntityProvider } from './ModelEntityProvider';
