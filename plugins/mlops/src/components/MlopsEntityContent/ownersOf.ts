import { ANNOTATION_MODEL_APPROVERS } from '@aidlc/plugin-mlops-common';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';

/** Who may see or change a service's ML data under the portal's policy, for messages. */
export const ownersOf = (entity: Entity) =>
  typeof entity.spec?.owner === 'string' ? entity.spec.owner : 'its owners';

/**
 * Who may approve the entity's model versions under the portal's policy, for messages: the refs of
 * `aidlc.io/model-approvers` as the catalog shows them (`fraud-ml-leads`), else the owner.
 */
export function approversOf(entity: Entity): string {
  const refs = (entity.metadata.annotations?.[ANNOTATION_MODEL_APPROVERS] ?? '')
    .split(',')
    .map(ref => ref.trim())
    .filter(Boolean);
  if (refs.length === 0) return ownersOf(entity);
  return refs
    .map(ref => {
      try {
        return humanizeEntityRef(
          parseEntityRef(ref, { defaultKind: 'group' }),
          {
            defaultKind: 'group',
          },
        );
      } catch {
        return ref; // shown as written; the backend's policy decides anyway
      }
    })
    .join(', ');
}
