export {
  AI_ASSET_ANNOTATIONS,
  MODELS_LOCATION,
  modelEntities,
} from './modelEntities';
export type { ModelEntityType } from './modelEntities';
export {
  ANNOTATION_ENDPOINT_NAME,
  modelServerEntities,
} from './modelServerEntities';
export { catalogEntities } from './catalogEntities';
export { readModelCatalog } from './readModelCatalog';
