import { createConditionExports } from '@backstage/plugin-permission-node';
import { mlopsEntityPermissionResourceRef } from './MlopsEntityResource';
import { mlopsEntityPermissionRules } from './mlopsEntityPermissionRules';

const { conditions, createConditionalDecision } = createConditionExports({
  resourceRef: mlopsEntityPermissionResourceRef,
  rules: mlopsEntityPermissionRules,
});

/**
 * Conditions on the `mlops-entity` resource for permission policies, e.g.
 * `createMlopsEntityConditionalDecision(permission, mlopsEntityConditions.isEntityOwner({ claims }))`.
 * @public
 */
export const mlopsEntityConditions = conditions;

/** @public */
export const createMlopsEntityConditionalDecision = createConditionalDecision;
