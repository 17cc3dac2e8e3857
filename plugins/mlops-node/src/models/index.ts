export { MODELS_LOCATION, modelEntities } from './modelEntities';
export { readModelCatalog } from './readModelCatalog';
