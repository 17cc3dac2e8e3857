/**
 * Model groups of the mlops backend in the software catalog, as `Resource` entities of type
 * `ml-model`.
 * @packageDocumentation
 */
export { catalogModuleMlopsModels as default } from './module';
export { catalogModuleMlopsModels } from './module';
export { ModelEntityProvider } from './ModelEntityProvider';
