/**
 * ML models in portal search: their catalog documents with approval and serving state.
 * @packageDocumentation
 */
export { searchModuleMlopsModels as default } from './module';
export { searchModuleMlopsModels } from './module';
export {
  modelDocumentTransformer,
  type ModelDocumentFields,
} from './modelDocuments';
