import { ModelEntityType } from '@aidlc/plugin-mlops-node';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

const TYPES: ModelEntityType[] = ['ai-model', 'ml-model'];

/**
 * `catalog.providers.mlops.modelType`: `ai-model` unless set.
 * @throws InputError at startup for any other value, naming the key.
 */
export function readModelType(config: Config): ModelEntityType {
  const type =
    config.getOptionalString('catalog.providers.mlops.modelType') ?? 'ai-model';
  if (!TYPES.includes(type as ModelEntityType)) {
    throw new InputError(
      `catalog.providers.mlops.modelType must be ${TYPES.join(
        ' or ',
      )}, not "${type}"`,
    );
  }
  return type as ModelEntityType;
}
