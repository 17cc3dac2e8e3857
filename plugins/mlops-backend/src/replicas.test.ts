import { cacheServiceFactory } from '@backstage/backend-defaults/cache';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import knexFactory from 'knex';
import request from 'supertest';
import { demoEntities, demoFile } from './__testUtils__/demoCatalog';
import { pipelineHeader } from './__testUtils__/startMlopsBackend';
import { FleetQueries } from './database/FleetQueries';
import { DemoSource } from './demo/DemoSource';
import { mlopsPlugin } from './plugin';

// Two backends on the real PostgreSQL and Redis of these machines (found by scripts/test-all.mjs).
const postgresUrl = process.env.AIDLC_TEST_POSTGRES_URL;
const describeOnPostgres = postgresUrl ? describe : describe.skip;

describeOnPostgres('two replicas on PostgreSQL with a Redis cache', () => {
  const prefix = `mlops_replicas_${process.pid}_`;
  const { hostname, port, username } = new URL(postgresUrl ?? 'postgresql://x');
  const config = {
    backend: {
      baseUrl: 'http://localhost',
      database: {
        client: 'pg',
        connection: {
          host: hostname,
          port: Number(port || 5432),
          user: username,
        },
        prefix,
      },
      cache: {
        store: 'redis',
        connection: 'redis://127.0.0.1:6379',
        // Keys of this run only: two test runs at once must not read each other's answers.
        redis: { client: { namespace: prefix } },
      },
    },
    mlops: {
      demo: { file: demoFile },
      schedule: {
        frequency: { hours: 1 },
        timeout: { minutes: 1 },
        initialDelay: { seconds: 0 },
      },
    },
  };
  const reads = jest.spyOn(DemoSource.prototype, 'read');
  const fleetQueries = jest.spyOn(FleetQueries.prototype, 'listFleet');
  const user = mockCredentials.user.header();
  let replicas: Awaited<ReturnType<typeof startTestBackend>>[];

  beforeAll(async () => {
    // One after the other, as a rolling deployment starts them: knex's migration lock table cannot be
    // created by two processes at once on a fresh database.
    replicas = [];
    for (let i = 0; i < 2; i++) {
      replicas.push(
        await startTestBackend({
          features: [
            mlopsPlugin,
            mockServices.rootConfig.factory({ data: config }),
            databaseServiceFactory,
            schedulerServiceFactory,
            cacheServiceFactory,
            catalogServiceMock.factory({ entities: demoEntities() }),
          ],
        }),
      );
    }
  });

  afterAll(async () => {
    await Promise.all(replicas.map(r => r.stop()));
    const admin = knexFactory({ client: 'pg', connection: postgresUrl });
    const { rows } = await admin.raw(
      'select datname from pg_database where datname like ?',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await admin.raw(`drop database if exists "${datname}" with (force)`);
    }
    await admin.destroy();
  });

  /** The scheduler's row of the refresh task, in the plugin's database that both replicas share. */
  async function refreshTask() {
    const db = knexFactory({
      client: 'pg',
      connection: {
        ...config.backend.database.connection,
        database: `${prefix}mlops`,
      },
    });
    try {
      return await db('backstage_backend_tasks__tasks')
        .where('id', 'mlops-refresh')
        .first();
    } finally {
      await db.destroy();
    }
  }

  it('runs each scheduled refresh once, on one of the replicas', async () => {
    // Wait for the first cycle to finish: the task is idle and due again only in an hour.
    let task: any;
    for (let i = 0; i < 600; i++) {
      task = await refreshTask();
      if (task?.last_run_ended_at && !task.current_run_ticket) break;
      await new Promise(r => setTimeout(r, 100));
    }
    expect(task.current_run_ticket).toBeNull();
    expect(new Date(task.next_run_start_at).getTime()).toBeGreaterThan(
      Date.now() + 50 * 60_000,
    );
    expect(reads).toHaveBeenCalledTimes(1);
    for (const replica of replicas) {
      const fleet = await request(replica.server)
        .get('/api/mlops/compliance')
        .set('Authorization', user);
      expect(fleet.body.totalItems).toBe(7);
    }
  });

  it('shares fleet answers through Redis, and drops them on every replica after a change on one', async () => {
    const [a, b] = replicas.map(r => r.server);
    const fleetOf = async (server: typeof a) =>
      (
        await request(server)
          .get('/api/mlops/compliance?orderBy=title&limit=100')
          .set('Authorization', user)
      ).body;
    const score = (fleet: any) =>
      fleet.items.find(
        (r: any) => r.entityRef === 'component:default/fraud-scoring-api',
      ).score;

    fleetQueries.mockClear();
    const before = await fleetOf(a);
    expect(await fleetOf(b)).toEqual(before);
    expect(fleetQueries).toHaveBeenCalledTimes(1); // b answered from what a stored in Redis

    await request(a)
      .post('/api/mlops/entities/component/default/fraud-scoring-api/evidence')
      .set('Authorization', pipelineHeader('fraud-scoring-api'))
      .send({
        kind: 'container-scan',
        tool: 'trivy',
        image: 'fraud:15',
        critical: 5,
        high: 0,
      })
      .expect(202);
    const after = await fleetOf(b);
    expect(score(after)).toBeLessThan(score(before));
  });
});
