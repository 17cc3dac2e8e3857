import { Entity } from '@backstage/catalog-model';

/** Who may see or change a service's ML data under the portal's policy, for messages. */
export const ownersOf = (entity: Entity) =>
  typeof entity.spec?.owner === 'string' ? entity.spec.owner : 'its owners';
