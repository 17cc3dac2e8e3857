import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Refresh an entity's ML data now. Reads need no permission of their own: they follow catalog
 * read access to the entity.
 * @public
 */
export const mlopsRefreshPermission = createPermission({
  name: 'mlops.refresh',
  attributes: { action: 'update' },
});

/** Approve or reject a model version in the registry. @public */
export const mlopsModelApprovePermission = createPermission({
  name: 'mlops.model.approve',
  attributes: { action: 'update' },
});

/** @public */
export const mlopsPermissions = [
  mlopsRefreshPermission,
  mlopsModelApprovePermission,
];
