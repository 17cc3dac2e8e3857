import request from 'supertest';
import {
  ALL,
  Caller,
  FRAUD,
  header,
  PERSONALIZATION,
  startPortal,
} from './__testUtils__/mlopsPortal';
import { matrix, sameDecision, scan } from './__testUtils__/mlopsMatrixRows';

/**
 * Who may read, refresh and post what, with the portal's real policy in the real permission backend:
 * every route of /api/mlops against every kind of caller, asserting the status and, for fleet routes,
 * exactly which services come back.
 */

/** The services each caller sees in fleet views. */
const visible: Record<Caller, string[]> = {
  none: [],
  owner: FRAUD,
  otherTeam: PERSONALIZATION,
  // The approvers of one service read that service, which another team owns
  approverOnly: ['transaction-anomaly-detector'],
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
      if (path.endsWith('/approvals')) call = call.send(sameDecision);
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

  it('lets the approvers of a service that another team owns read it and decide on its versions', async () => {
    const detector =
      '/api/mlops/entities/component/default/transaction-anomaly-detector';
    const read = await request(portal)
      .get(detector)
      .set('Authorization', header.approverOnly);
    expect(read.status).toBe(200);
    const approved = read.body.groups[0].versions.find(
      (v: any) => v.approvalStatus === 'Approved',
    );
    // 409: past every permission check, and nothing changes
    const decided = await request(portal)
      .post(`${detector}/approvals`)
      .set('Authorization', header.approverOnly)
      .send({ versionArn: approved.arn, status: 'Approved', comment: 'ok' });
    expect(decided.status).toBe(409);
    // The team that owns it decides nothing there now
    const byOwner = await request(portal)
      .post(`${detector}/approvals`)
      .set('Authorization', header.owner)
      .send({ versionArn: approved.arn, status: 'Approved', comment: 'ok' });
    expect(byOwner.status).toBe(403);
  });
});
