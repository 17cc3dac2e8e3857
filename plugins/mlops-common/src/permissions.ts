import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The permission resource of the ML suite: the ML data of one catalog entity (its findings, drift and
 * models), named by the entity's ref. Policies decide on it with the conditions of
 * `@aidlc/plugin-mlops-node` (owner, system, profile, data classification), which the backend applies
 * to the facts it stored with the entity's last refresh.
 * @public
 */
export const MLOPS_ENTITY_RESOURCE_TYPE = 'mlops-entity';

/** Read an entity's ML findings, drift and models, alone or in fleet views and exports. @public */
export const mlopsEntityReadPermission = createPermission({
  name: 'mlops.entity.read',
  attributes: { action: 'read' },
  resourceType: MLOPS_ENTITY_RESOURCE_TYPE,
});

/** Refresh an entity's ML data now. @public */
export const mlopsRefreshPermission = createPermission({
  name: 'mlops.refresh',
  attributes: { action: 'update' },
  resourceType: MLOPS_ENTITY_RESOURCE_TYPE,
});

/** Approve or reject a model version of an entity. @public */
export const mlopsModelApprovePermission = createPermission({
  name: 'mlops.model.approve',
  attributes: { action: 'update' },
  resourceType: MLOPS_ENTITY_RESOURCE_TYPE,
});

/**
 * Post evidence from a pipeline. Which entity a pipeline may post for follows from its identity (see
 * the backend's README); this permission exists so that an external access token can be restricted
 * to it (`accessRestrictions: [{ plugin: mlops, permission: mlops.evidence.submit }]`).
 * @public
 */
export const mlopsEvidenceSubmitPermission = createPermission({
  name: 'mlops.evidence.submit',
  attributes: { action: 'create' },
});

/** @public */
export const mlopsPermissions = [
  mlopsEntityReadPermission,
  mlopsRefreshPermission,
  mlopsModelApprovePermission,
  mlopsEvidenceSubmitPermission,
];
