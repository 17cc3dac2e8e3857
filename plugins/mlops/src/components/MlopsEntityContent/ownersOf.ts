import { ANNOTATION_MODEL_APPROVERS } from '@aidlc/plugin-mlops-common';
import { Entity } from '@backstage/catalog-model';

/** Who may see or change a service's ML data under the portal's policy, for messages. */
export const ownersOf = (entity: Entity) =>
  typeof entity.spec?.owner === 'string' ? entity.spec.owner : 'its owners';

/** Who may approve the entity's model versions under the portal's policy, for messages. */
export const approversOf = (entity: Entity) =>
  entity.metadata.annotations?.[ANNOTATION_MODEL_APPROVERS]?.trim() ||
  ownersOf(entity);
