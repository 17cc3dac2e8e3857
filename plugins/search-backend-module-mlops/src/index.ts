/**
 * Model groups of the mlops backend in portal search.
 * @packageDocumentation
 */
export { searchModuleMlopsModels as default } from './module';
export { searchModuleMlopsModels } from './module';
export {
  ModelCollatorFactory,
  type ModelDocument,
} from './ModelCollatorFactory';
