import { mockCredentials, mockServices } from '@backstage/backend-test-utils';

import knexFactory, { Knex } from 'knex';
import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';
import request from 'supertest';
import {
  startMlopsBackend,
  pipelineHeader,
} from '../__testUtils__/startMlopsBackend';

// The real PostgreSQL of these machines, found by scripts/test-all.mjs; skipped without one.
const postgresUrl = process.env.AIDLC_TEST_POSTGRES_URL;
const describeOnPostgres = postgresUrl ? describe : describe.skip;

/** A TCP proxy in front of PostgreSQL that can cut every connection, as a network outage does. */
class CuttableProxy {
  private readonly sockets = new Set<Socket>();
  private cut = false;
  readonly server: Server = createServer(client => {
    if (this.cut) {
      client.destroy();
      return;
    }
    const upstream = connect(5432, '127.0.0.1');
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });

  async listen(): Promise<number> {
    await new Promise<void>(done => this.server.listen(0, '127.0.0.1', done));
    return (this.server.address() as AddressInfo).port;
  }

  cutAll() {
    this.cut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore() {
    this.cut = false;
  }
}

describeOnPostgres('the mlops API when its PostgreSQL is cut or stalls', () => {
  const database = `mlops_outage_${process.pid}`;
  const proxy = new CuttableProxy();
  let admin: Knex;
  let plugin: Knex;
  let server: Awaited<ReturnType<typeof startMlopsBackend>>['server'];
  const who = mockCredentials.user.header();
  const compliance =
    '/api/mlops/entities/component/default/fraud-scoring-api/compliance';

  beforeAll(async () => {
    admin = knexFactory({ client: 'pg', connection: postgresUrl });
    await admin.raw(`drop database if exists ${database}`);
    await admin.raw(`create database ${database}`);
    const port = await proxy.listen();
    plugin = knexFactory({
      client: 'pg',
      connection: { host: '127.0.0.1', port, user: 'postgres', database },
      pool: { min: 0, max: 4 },
    });
    ({ server } = await startMlopsBackend({
      // Long enough for a healthy query on a loaded machine; a stall never ends by itself.
      mlops: { database: { timeout: { seconds: 3 } } },
      features: [mockServices.database.factory({ knex: plugin })],
    }));
    await request(server)
      .post('/api/mlops/entities/component/default/fraud-scoring-api/refresh')
      .set('Authorization', who)
      .expect(200);
  });

  afterAll(async () => {
    await plugin?.destroy();
    proxy.server.close();
    await admin.raw(`drop database if exists ${database} with (force)`);
    await admin.destroy();
  });

  /** The compliance of the entity, asked again while the database recovers (a few attempts). */
  async function untilServed() {
    let response = await request(server)
      .get(compliance)
      .set('Authorization', who);
    for (let attempt = 0; attempt < 20 && response.status !== 200; attempt++) {
      response = await request(server)
        .get(compliance)
        .set('Authorization', who);
    }
    return response;
  }

  function expectUnavailable(response: request.Response) {
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body.error).toEqual({
      name: 'ServiceUnavailableError',
      message: 'The ML database is not available right now; try again shortly',
    });
  }

  it('answers 503 with Retry-After while the database stalls, keeps nothing half-written, and recovers', async () => {
    const stalled = knexFactory({
      client: 'pg',
      connection: `${postgresUrl!.replace(/\/[^/]*$/, '')}/${database}`,
    });
    const holder = await stalled.transaction();
    await holder.raw('lock table mlops_entities in access exclusive mode');
    try {
      expectUnavailable(
        await request(server).get(compliance).set('Authorization', who),
      );
      const post = await request(server)
        .post(
          '/api/mlops/entities/component/default/fraud-scoring-api/evidence',
        )
        .set('Authorization', pipelineHeader('fraud-scoring-api'))
        .send({
          kind: 'container-scan',
          tool: 'trivy',
          image: 'x:1',
          critical: 9,
          high: 0,
        });
      expectUnavailable(post);
    } finally {
      await holder.rollback();
      await stalled.destroy();
    }
    const after = await untilServed();
    expect(after.status).toBe(200);
    // The post that answered 503 left no report behind: its transaction timed out and rolled back.
    expect(JSON.stringify(after.body.reports)).not.toContain('x:1');
    expect(after.body.reports).toHaveLength(2); // the demo's own two reports
  });

  it('answers 503 with Retry-After while the connection is cut, and serves again once it is back', async () => {
    proxy.cutAll();
    try {
      expectUnavailable(
        await request(server).get(compliance).set('Authorization', who),
      );
      expectUnavailable(
        await request(server)
          .get('/api/mlops/compliance')
          .set('Authorization', who),
      );
    } finally {
      proxy.restore();
    }
    // Pooled connections died with the cut; the pool replaces them without a restart.
    expect((await untilServed()).status).toBe(200);
  });
});
