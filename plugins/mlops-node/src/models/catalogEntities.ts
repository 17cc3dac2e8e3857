import { ModelCatalogRow } from '@aidlc/plugin-mlops-common';
import { Entity } from '@backstage/catalog-model';
import { modelEntities, ModelEntityType } from './modelEntities';
import { modelRefsOf, modelServerEntities } from './modelServerEntities';

/**
 * Everything the catalog module publishes, mapped as the Backstage AI ecosystem maps it: models
 * (`Resource`, `ai-model` unless told `ml-model`), model servers (`Component`, `model-server`) and
 * their invocation APIs.
 * @public
 */
export function catalogEntities(
  rows: ModelCatalogRow[],
  type: ModelEntityType = 'ai-model',
): Entity[] {
  const models = modelEntities(rows, type);
  return [...models, ...modelServerEntities(rows, modelRefsOf(models))];
}
