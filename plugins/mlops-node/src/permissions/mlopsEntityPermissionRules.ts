import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import {
  MlopsEntityProperty,
  mlopsEntityPermissionResourceRef,
} from './MlopsEntityResource';

const normalized = (values: string[]) =>
  values.map(v => v.toLocaleLowerCase('en-US'));

/** A rule that holds when the property is one of the given values (refs compared in lower case). */
function propertyRule(
  name: string,
  description: string,
  property: Exclude<MlopsEntityProperty, 'approvers'>,
  param: string,
) {
  return createPermissionRule({
    name,
    description,
    resourceRef: mlopsEntityPermissionResourceRef,
    paramsSchema: z.object({ [param]: z.array(z.string()) }),
    apply: (resource, params) => {
      const value = resource[property];
      return value !== undefined && normalized(params[param]).includes(value);
    },
    toQuery: params => ({ property, values: normalized(params[param]) }),
  });
}

/**
 * The rules of the `mlops-entity` resource, for conditional decisions of a permission policy.
 * @public
 */
export const mlopsEntityPermissionRules = {
  isEntityOwner: propertyRule(
    'IS_ENTITY_OWNER',
    "Allow the ML data of entities owned by one of the claims (the user's ownership refs)",
    'owner',
    'claims',
  ),
  isInSystem: propertyRule(
    'IS_IN_SYSTEM',
    'Allow the ML data of entities that are part of one of the systems (entity refs)',
    'system',
    'systemRefs',
  ),
  hasProfile: propertyRule(
    'HAS_COMPLIANCE_PROFILE',
    'Allow the ML data of entities with one of the compliance profiles',
    'profile',
    'profiles',
  ),
  hasDataClassification: propertyRule(
    'HAS_DATA_CLASSIFICATION',
    'Allow the ML data of entities with one of the data classifications',
    'dataClassification',
    'classifications',
  ),
  isModelApprover: createPermissionRule({
    name: 'IS_MODEL_APPROVER',
    description:
      "Allow entities whose model approvers (aidlc.io/model-approvers, else the owner) include one of the claims (the user's ownership refs)",
    resourceRef: mlopsEntityPermissionResourceRef,
    paramsSchema: z.object({ claims: z.array(z.string()) }),
    apply: (resource, { claims }) => {
      const wanted = normalized(claims);
      return resource.approvers.some(a => wanted.includes(a));
    },
    toQuery: ({ claims }) => ({
      property: 'approvers',
      values: normalized(claims),
    }),
  }),
};
