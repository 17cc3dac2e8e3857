import { MLOPS_ENTITY_RESOURCE_TYPE } from '@aidlc/plugin-mlops-common';
import { createPermissionResourceRef } from '@backstage/plugin-permission-node';

/**
 * What the permission rules of the `mlops-entity` resource look at: the facts the backend stored with
 * an entity's last refresh. Refs are full entity refs in lower case.
 * @public
 */
export interface MlopsEntityResource {
  entityRef: string;
  owner: string;
  system?: string;
  profile: string;
  dataClassification?: string;
  /** Who may approve its model versions: the `aidlc.io/model-approvers` refs, else the owner */
  approvers: string[];
}

/** The stored facts a rule filters fleet queries on. @public */
export type MlopsEntityProperty = Exclude<
  keyof MlopsEntityResource,
  'entityRef'
>;

/** A rule as a query: the property is one of the values. @public */
export interface MlopsEntityFilter {
  property: MlopsEntityProperty;
  values: string[];
}

/** @public */
export const mlopsEntityPermissionResourceRef = createPermissionResourceRef<
  MlopsEntityResource,
  MlopsEntityFilter
>().with({ pluginId: 'mlops', resourceType: MLOPS_ENTITY_RESOURCE_TYPE });
