import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readFileSync } from 'node:fs';
import { Server } from 'node:http';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import mlopsPlugin from '@aidlc/plugin-mlops-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { permissionPolicyModule } from '../permissionPolicyModule';

/** The real portal backend pieces around the mlops plugin, and callers of every kind. */

const examples = resolve(__dirname, '../../../../../examples');
const entities = parseAllDocuments(
  readFileSync(resolve(examples, 'ml-services.yaml'), 'utf8'),
).map(d => d.toJSON() as Entity);

export const FRAUD = [
  'fraud-scoring-api',
  'kyc-document-classifier',
  'transaction-anomaly-detector',
];
export const PERSONALIZATION = [
  'churn-predictor',
  'demand-forecast-batch',
  'product-recommender',
  'search-ranking-service',
];
export const ALL = [...FRAUD, ...PERSONALIZATION].sort();

const users: Record<string, string[]> = {
  // A fraud-ml lead: the approvers of the team's model versions (examples/org.yaml)
  'user:default/amara.okafor': [
    'group:default/fraud-ml',
    'group:default/fraud-ml-leads',
  ],
  'user:default/mei.tanaka': ['group:default/personalization-ml'],
  // Model risk: approves the anomaly detector's versions, owns no service
  'user:default/hannah.schulz': ['group:default/model-risk'],
  'user:default/priya.nair': ['group:default/platform-security'],
};

/** The users' groups, as the catalog's sign-in resolver would give them. */
const userInfo = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials: BackstageCredentials) {
      const userEntityRef = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      return {
        userEntityRef,
        ownershipEntityRefs: [userEntityRef, ...(users[userEntityRef] ?? [])],
      };
    },
  }),
});

/**
 * Service callers as `backend.auth.externalAccess` makes them (the real token handling is tested
 * with the plugin): a token limited to the mlops plugin, and GitHub Actions tokens limited to posting
 * evidence. A plugin's token on behalf of a user carries the plugin as actor, as Backstage's real
 * authentication does (the permission backend refuses user requests without one for resource
 * permissions). Every other header goes to Backstage's mock authentication.
 */
const externalCallers: Record<string, BackstageCredentials> = {
  service: mockCredentials.service('reporting-service', {}),
  ciOwnRepo: mockCredentials.service(
    'external:github-actions:repo:aidlc-demo/fraud-scoring-api:ref:refs/heads/main',
    { permissionNames: ['mlops.evidence.submit'] },
  ),
  ciOtherRepo: mockCredentials.service(
    'external:github-actions:repo:aidlc-demo/churn-predictor:ref:refs/heads/main',
    { permissionNames: ['mlops.evidence.submit'] },
  ),
};
const httpAuth = createServiceFactory({
  service: coreServices.httpAuth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }) {
    const mock = mockServices.httpAuth({ pluginId: plugin.getId() });
    return {
      async credentials(req: any, options?: { allow?: string[] }) {
        const authorization: string = req.headers.authorization ?? '';
        const onBehalfOf = /^Bearer mock-service-token:(.*)$/.exec(
          authorization,
        )?.[1];
        if (onBehalfOf && JSON.parse(onBehalfOf).obo) {
          return mockCredentials.user(JSON.parse(onBehalfOf).obo, {
            actor: { subject: 'plugin:mlops' },
          });
        }
        const name = /^Bearer external:(\w+)$/.exec(authorization)?.[1];
        if (!name) return mock.credentials(req, options as any);
        const credentials = externalCallers[name];
        if (options?.allow && !options.allow.includes('service')) {
          throw new NotAllowedError(
            `This endpoint does not allow 'service' credentials`,
          );
        }
        return credentials;
      },
      issueUserCookie: (res: any, options?: any) =>
        mock.issueUserCookie(res, options),
    } as any;
  },
});

export async function startPortal(readAll: boolean): Promise<Server> {
  const { server } = await startTestBackend({
    features: [
      mlopsPlugin,
      permissionPlugin,
      permissionPolicyModule,
      permissionsServiceFactory,
      userInfo,
      httpAuth,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          aidlc: {
            permission: {
              adminGroups: ['group:default/platform-security'],
              mlops: { readAll },
            },
          },
          mlops: {
            demo: { file: resolve(examples, 'mlops-demo.yaml') },
            schedule: {
              frequency: { hours: 24 },
              timeout: { minutes: 1 },
              initialDelay: { hours: 1 },
            },
            refresh: { manualInterval: { seconds: 0 } },
          },
        },
      }),
    ],
  });
  return server;
}

export const header = {
  none: mockCredentials.none.header(),
  owner: mockCredentials.user.header('user:default/amara.okafor'),
  otherTeam: mockCredentials.user.header('user:default/mei.tanaka'),
  approverOnly: mockCredentials.user.header('user:default/hannah.schulz'),
  admin: mockCredentials.user.header('user:default/priya.nair'),
  readAll: mockCredentials.user.header('user:default/mei.tanaka'),
  service: 'Bearer external:service',
  ciOwnRepo: 'Bearer external:ciOwnRepo',
  ciOtherRepo: 'Bearer external:ciOtherRepo',
};
export type Caller = keyof typeof header;
