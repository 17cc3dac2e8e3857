export {
  ANNOTATION_APPROVED_VERSION,
  ANNOTATION_LATEST_VERSION,
  ANNOTATION_MODEL_GROUP_ARN,
  ANNOTATION_SERVED_VERSIONS,
  MODELS_LOCATION,
  modelEntities,
} from './modelEntities';
export { readModelCatalog } from './readModelCatalog';
