import { Caller } from './mlopsPortal';

const entity = '/api/mlops/entities/component/default/fraud-scoring-api';
export const scan = {
  kind: 'container-scan',
  tool: 'trivy',
  image: 'fraud:16',
  critical: 0,
  high: 0,
};

export const sameDecision = {
  versionArn:
    'arn:aws:sagemaker:eu-west-1:111122223333:model-package/fraud-scoring-xgb/12',
  status: 'Approved',
  comment: 'still good',
};

/** Status per caller, for one route on a fraud-ml service. */
export type Row = [string, string, Record<Caller, number>];
/**
 * Who reads an entity's ML data: its team, its model approvers (not those of other services), admins,
 * everyone under readAll, and services.
 */
const ENTITY_READ: Record<Caller, number> = {
  none: 401,
  owner: 200,
  otherTeam: 403,
  approverOnly: 403,
  admin: 200,
  readAll: 200,
  service: 200,
  ciOwnRepo: 403,
  ciOtherRepo: 403,
};
export const matrix: Row[] = [
  ['get', entity, ENTITY_READ],
  ['get', `${entity}/models`, ENTITY_READ],
  ['get', `${entity}/drift`, ENTITY_READ],
  ['get', `${entity}/compliance`, ENTITY_READ],
  [
    'post',
    `${entity}/refresh`,
    {
      none: 401,
      owner: 200,
      otherTeam: 403,
      approverOnly: 403,
      admin: 200,
      readAll: 403,
      service: 200,
      ciOwnRepo: 403,
      ciOtherRepo: 403,
    },
  ],
  // Approving the approved v12 again: 409 shows the caller got past every permission check,
  // and nothing changes between callers.
  [
    'post',
    `${entity}/approvals`,
    {
      none: 401,
      owner: 409,
      otherTeam: 403,
      approverOnly: 403,
      admin: 409,
      readAll: 403,
      service: 403,
      ciOwnRepo: 403,
      ciOtherRepo: 403,
    },
  ],
  [
    'post',
    `${entity}/evidence`,
    {
      none: 401,
      owner: 403,
      otherTeam: 403,
      approverOnly: 403,
      admin: 403,
      readAll: 403,
      service: 403,
      ciOwnRepo: 202,
      ciOtherRepo: 403,
    },
  ],
  [
    'get',
    '/api/mlops/compliance',
    {
      none: 401,
      owner: 200,
      otherTeam: 200,
      approverOnly: 200,
      admin: 200,
      readAll: 200,
      service: 200,
      ciOwnRepo: 200,
      ciOtherRepo: 200,
    },
  ],
  [
    'get',
    '/api/mlops/compliance/owners',
    {
      none: 401,
      owner: 200,
      otherTeam: 200,
      approverOnly: 200,
      admin: 200,
      readAll: 200,
      service: 200,
      ciOwnRepo: 200,
      ciOtherRepo: 200,
    },
  ],
  [
    'get',
    '/api/mlops/compliance/export',
    {
      none: 401,
      owner: 200,
      otherTeam: 200,
      approverOnly: 200,
      admin: 200,
      readAll: 200,
      service: 200,
      ciOwnRepo: 200,
      ciOtherRepo: 200,
    },
  ],
  [
    'get',
    '/api/mlops/models',
    {
      none: 401,
      owner: 200,
      otherTeam: 200,
      approverOnly: 200,
      admin: 200,
      readAll: 200,
      service: 200,
      ciOwnRepo: 200,
      ciOtherRepo: 200,
    },
  ],
  [
    'get',
    '/api/mlops/checks',
    {
      none: 401,
      owner: 200,
      otherTeam: 200,
      approverOnly: 200,
      admin: 200,
      readAll: 200,
      service: 200,
      ciOwnRepo: 200,
      ciOtherRepo: 200,
    },
  ],
];
