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
import { resolve } from 'node:path';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import mlopsPlugin from '@aidlc/plugin-mlops-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { permissionPolicyModule } from './permissionPolicyModule';

/**
 * Who may read, refresh and post what, with the portal's real policy in the real permission backend:
 * every route of /api/mlops against every kind of caller, asserting the status and, for fleet routes,
 * exactly which services come back.
 */

const examples = resolve(__dirname, '../../../../examples');
const entities = parseAllDocuments(
  readFileSync(resolve(examples, 'ml-services.yaml'), 'utf8'),
).map(d => d.toJSON() as Entity);

const FRAUD = [
  'fraud-scoring-api',
  'kyc-document-classifier',
  'transaction-anomaly-detector',
];
const PERSONALIZATION = [
  'churn-predictor',
  'demand-forecast-batch',
  'product-recommender',
  'search-ranking-service',
];
const ALL = [...FRAUD, ...PERSONALIZATION].sort();

const users: Record<string, string[]> = {
  'user:default/amara.okafor': ['group:default/fraud-ml'],
  'user:default/mei.tanaka': ['group:default/personalization-ml'],
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

async function startPortal(readAll: boolean) {
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

const header = {
  none: mockCredentials.none.header(),
  owner: mockCredentials.user.header('user:default/amara.okafor'),
  otherTeam: mockCredentials.user.header('user:default/mei.tanaka'),
  admin: mockCredentials.user.header('user:default/priya.nair'),
  readAll: mockCredentials.user.header('user:default/mei.tanaka'),
  service: 'Bearer external:service',
  ciOwnRepo: 'Bearer external:ciOwnRepo',
  ciOtherRepo: 'Bearer external:ciOtherRepo',
};
type Caller = keyof typeof header;

const entity = '/api/mlops/entities/component/default/fraud-scoring-api';
const scan = {
  kind: 'container-scan',
  tool: 'trivy',
  image: 'fraud:16',
  critical: 0,
  high: 0,
};

/** Status per caller, for one route on a fraud-ml service. */
type Row = [string, string, Record<Caller, number>];
const matrix: Row[] = [
  [
    'get',
    `${entity}/models`,
    {
      none: 401,
      owner: 200,
      otherTeam: 403,
      admin: 200,
      readAll: 200,
      service: 200,
      ciOwnRepo: 403,
      ciOtherRepo: 403,
    },
  ],
  [
    'get',
    `${entity}/drift`,
    {
      none: 401,
      owner: 200,
      otherTeam: 403,
      admin: 200,
      readAll: 200,
      service: 200,
      ciOwnRepo: 403,
      ciOtherRepo: 403,
    },
  ],
  [
    'get',
    `${entity}/compliance`,
    {
      none: 401,
      owner: 200,
      otherTeam: 403,
      admin: 200,
      readAll: 200,
      service: 200,
      ciOwnRepo: 403,
      ciOtherRepo: 403,
    },
  ],
  [
    'post',
    `${entity}/refresh`,
    {
      none: 401,
      owner: 200,
      otherTeam: 403,
      admin: 200,
      readAll: 403,
      service: 200,
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
      admin: 200,
      readAll: 200,
      service: 200,
      ciOwnRepo: 200,
      ciOtherRepo: 200,
    },
  ],
];

/** The services each caller sees in fleet views. */
const visible: Record<Caller, string[]> = {
  none: [],
  owner: FRAUD,
  otherTeam: PERSONALIZATION,
  admin: ALL,
  readAll: ALL,
  service: ALL,
  ciOwnRepo: [],
  ciOtherRepo: [],
};
const ownerOf = (name: string) =>
  FRAUD.includes(name)
    ? 'group:default/fraud-ml'
    : 'group:default/personalization-ml';

describe('who may do what in /api/mlops, under the portal policy', () => {
  let portal: Awaited<ReturnType<typeof startPortal>>;
  let portalReadAll: Awaited<ReturnType<typeof startPortal>>;
  /** The services that serve at least one model group, as an admin sees them. */
  let withModels: string[];
  const serverOf = (caller: Caller) =>
    caller === 'readAll' ? portalReadAll : portal;

  beforeAll(async () => {
    [portal, portalReadAll] = await Promise.all([
      startPortal(false),
      startPortal(true),
    ]);
    for (const server of [portal, portalReadAll]) {
      for (const name of ALL) {
        const refreshed = await request(server)
          .post(`/api/mlops/entities/component/default/${name}/refresh`)
          .set('Authorization', header.admin);
        if (refreshed.status !== 200 || refreshed.body.stale) {
          throw new Error(`Refresh of ${name} failed: ${refreshed.text}`);
        }
      }
    }
    const { body } = await request(portal)
      .get('/api/mlops/models?limit=500')
      .set('Authorization', header.admin);
    withModels = [
      ...new Set<string>(body.items.map((m: any) => m.entityRef.split('/')[1])),
    ].sort();
  });

  const cases = matrix.flatMap(([method, path, statuses]) =>
    (Object.keys(statuses) as Caller[]).map(caller => ({
      method,
      path,
      caller,
      status: statuses[caller],
    })),
  );

  it.each(cases)(
    '$method $path as $caller → $status',
    async ({ method, path, caller, status }) => {
      let call = (request(serverOf(caller)) as any)
        [method](path)
        .set('Authorization', header[caller]);
      if (path.endsWith('/evidence')) call = call.send(scan);
      const response = await call;
      expect(response.status).toBe(status);
      // Every refusal says why
      expect(status < 400 || Boolean(response.body.error?.message)).toBe(true);
    },
  );

  it.each(Object.keys(visible) as Caller[])(
    'shows %s exactly the services it may see, in every fleet view',
    async caller => {
      if (caller === 'none') return; // 401 above
      const get = (path: string) =>
        request(serverOf(caller))
          .get(path)
          .set('Authorization', header[caller]);
      const expected = [...visible[caller]].sort();
      const names = (refs: string[]) =>
        [...new Set(refs.map(r => r.split('/')[1]))].sort();

      const fleet = await get('/api/mlops/compliance?limit=500');
      expect(names(fleet.body.items.map((r: any) => r.entityRef))).toEqual(
        expected,
      );
      expect(fleet.body.totalItems).toBe(expected.length);

      const csv = (await get('/api/mlops/compliance/export')).text
        .trim()
        .split('\r\n')
        .slice(1);
      expect(names(csv.map(line => line.split(',')[0]))).toEqual(expected);

      const models = await get('/api/mlops/models?limit=500');
      expect(names(models.body.items.map((r: any) => r.entityRef))).toEqual(
        withModels.filter(name => expected.includes(name)),
      );
      expect(models.body.visibility).toBe(
        expected.length === ALL.length ? 'all' : 'limited',
      );

      const owners = await get('/api/mlops/compliance/owners');
      expect(owners.body.items.map((o: any) => o.owner).sort()).toEqual(
        [...new Set(expected.map(ownerOf))].sort(),
      );
      expect(
        owners.body.items.reduce(
          (n: number, o: any) => n + o.services + o.notEvaluated,
          0,
        ),
      ).toBe(expected.length);
    },
  );

  it("answers the frontend's permission checks for an entity from its stored facts", async () => {
    const authorize = async (
      caller: Caller,
      permission: string,
      action: string,
    ) => {
      const response = await request(portal)
        .post('/api/permission/authorize')
        .set('Authorization', header[caller])
        .send({
          items: [
            {
              id: '1',
              permission: {
                type: 'resource',
                name: permission,
                attributes: { action },
                resourceType: 'mlops-entity',
              },
              resourceRef: 'component:default/fraud-scoring-api',
            },
          ],
        });
      return response.body.items[0].result;
    };
    expect(await authorize('owner', 'mlops.entity.read', 'read')).toBe('ALLOW');
    expect(await authorize('otherTeam', 'mlops.entity.read', 'read')).toBe(
      'DENY',
    );
    expect(await authorize('owner', 'mlops.refresh', 'update')).toBe('ALLOW');
    expect(await authorize('otherTeam', 'mlops.refresh', 'update')).toBe(
      'DENY',
    );
    expect(await authorize('admin', 'mlops.refresh', 'update')).toBe('ALLOW');
  });
});
