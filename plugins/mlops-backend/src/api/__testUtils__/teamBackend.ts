import {
  createMlopsEntityConditionalDecision,
  mlopsEntityConditions,
} from '@aidlc/plugin-mlops-node';
import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  isResourcePermission,
  Permission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { Server } from 'node:http';
import request from 'supertest';
import {
  demoEntities,
  demoGroups,
  demoUsers,
} from '../../__testUtils__/demoCatalog';
import {
  pipelineHeader,
  startMlopsBackend,
} from '../../__testUtils__/startMlopsBackend';

export const BASE = '/api/mlops';

/** A policy like the portal's: admins everything, a team its own services (approvals for its approvers), others nothing. */
function decide(credentials: BackstageCredentials, permission: Permission) {
  const principal = credentials.principal as
    | BackstageUserPrincipal
    | { type: 'service' };
  if (principal.type === 'service') {
    return { result: AuthorizeResult.ALLOW } as const;
  }
  const user = principal.userEntityRef;
  if (user === demoUsers.admin)
    return { result: AuthorizeResult.ALLOW } as const;
  if (
    user === demoUsers.outsider ||
    !isResourcePermission(permission, 'mlops-entity')
  ) {
    return { result: AuthorizeResult.DENY } as const;
  }
  const claims = [user, ...demoGroups[user]];
  return createMlopsEntityConditionalDecision(
    permission as ResourcePermission<'mlops-entity'>,
    permission.name === 'mlops.model.approve'
      ? mlopsEntityConditions.isModelApprover({ claims })
      : mlopsEntityConditions.isEntityOwner({ claims }),
  );
}

export const permissions = mockServices.permissions.mock({
  authorizeConditional: async (requests, { credentials }) =>
    requests.map(r => decide(credentials, r.permission)) as any,
  authorize: async (requests, { credentials }) =>
    requests.map(r =>
      decide(credentials, r.permission).result === AuthorizeResult.ALLOW
        ? { result: AuthorizeResult.ALLOW }
        : { result: AuthorizeResult.DENY },
    ),
});

/** A formula in a title must reach a spreadsheet as text. */
const formulaTitled = {
  ...demoEntities().find(e => e.metadata.name === 'kyc-document-classifier')!,
};
formulaTitled.metadata = {
  ...formulaTitled.metadata,
  title: '=HYPERLINK("http://x")',
};

export const auth = {
  owner: mockCredentials.user.header(demoUsers.fraud),
  otherTeam: mockCredentials.user.header(demoUsers.personalization),
  admin: mockCredentials.user.header(demoUsers.admin),
  outsider: mockCredentials.user.header(demoUsers.outsider),
  none: mockCredentials.none.header(),
  service: mockCredentials.service.header(),
  ci: pipelineHeader('fraud-scoring-api'),
  otherCi: pipelineHeader('churn-predictor'),
  staticCi: `Bearer mock-service-token:${JSON.stringify({
    sub: 'ml-pipelines',
  })}`,
};

/**
 * The backend with the demo catalog under a team policy, every annotated service refreshed once by
 * its own team. One title is a spreadsheet formula, for the CSV export.
 */
export async function startTeamBackend(): Promise<Server> {
  const entities = demoEntities().map(e =>
    e.metadata.name === 'kyc-document-classifier' ? formulaTitled : e,
  );
  const { server } = await startMlopsBackend({
    entities,
    mlops: {
      refresh: { manualInterval: { minutes: 5 } },
      evidence: {
        subjects: [
          {
            subject: 'ml-pipelines',
            entities: ['component:default/transaction-anomaly-detector'],
          },
        ],
      },
    },
    features: [permissions.factory],
  });
  // Each team refreshes its own services once; the admin the one left to nobody.
  for (const e of entities.filter(
    x =>
      x.metadata.annotations?.['aws.amazon.com/sagemaker-endpoint'] ||
      x.metadata.annotations?.['aws.amazon.com/sagemaker-model-package-group'],
  )) {
    const owner =
      (e.spec as { owner: string }).owner === 'fraud-ml'
        ? auth.owner
        : auth.otherTeam;
    await request(server)
      .post(`${BASE}/entities/component/default/${e.metadata.name}/refresh`)
      .set('Authorization', owner)
      .expect(200);
  }
  return server;
}
