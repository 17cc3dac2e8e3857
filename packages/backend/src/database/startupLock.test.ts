import { ConfigReader } from '@backstage/config';
import { acquireStartupLock, lockConnectionOf } from './startupLock';

const postgresUrl = process.env.AIDLC_TEST_POSTGRES_URL;

function databaseConfig(database: object) {
  return new ConfigReader({ backend: { database } });
}

describe('lockConnectionOf', () => {
  it('takes no lock on SQLite, where one process owns the database', () => {
    expect(
      lockConnectionOf(
        databaseConfig({ client: 'better-sqlite3', connection: ':memory:' }),
      ),
    ).toBeUndefined();
  });

  it("locks in PostgreSQL's maintenance database unless the config names one", () => {
    const connection = { host: 'db', port: '5432', user: 'portal' };
    expect(
      lockConnectionOf(databaseConfig({ client: 'pg', connection })),
    ).toEqual({ ...connection, database: 'postgres' });
    expect(
      lockConnectionOf(
        databaseConfig({
          client: 'pg',
          connection: { ...connection, database: 'portal' },
        }),
      ),
    ).toEqual({ ...connection, database: 'portal' });
    expect(
      lockConnectionOf(
        databaseConfig({ client: 'pg', connection: 'postgresql://db/portal' }),
      ),
    ).toEqual({ connectionString: 'postgresql://db/portal' });
  });

  it('leaves connectors it does not reproduce (Cloud SQL) unlocked', () => {
    expect(
      lockConnectionOf(
        databaseConfig({
          client: 'pg',
          connection: { type: 'cloudsql', instance: 'p:r:i' },
        }),
      ),
    ).toBeUndefined();
  });
});

(postgresUrl ? describe : describe.skip)('acquireStartupLock', () => {
  const connection = { connectionString: postgresUrl };
  // A key of this run's own: replicas and other test runs on the machine use the portal's
  let key: bigint;
  beforeEach(() => {
    key = BigInt(Math.floor(Math.random() * Number.MAX_SAFE_INTEGER));
  });

  it('lets a second replica start only once the first has released the lock', async () => {
    const first = await acquireStartupLock(connection, { key });
    const order: string[] = [];
    const second = acquireStartupLock(connection, { key }).then(lock => {
      order.push('second acquired');
      return lock;
    });
    // However long the second waits here, it cannot get the lock the first holds
    await new Promise(resolve => setTimeout(resolve, 300));
    order.push('first releases');
    await first.release();
    await (await second).release();
    expect(order).toEqual(['first releases', 'second acquired']);
  });

  it('gives up after the wait, saying why, so the replica fails visibly', async () => {
    const first = await acquireStartupLock(connection, { key });
    try {
      await expect(
        acquireStartupLock(connection, { key, wait: '200ms' }),
      ).rejects.toThrow(
        /another replica may have held it for longer than 200ms.*statement timeout/,
      );
    } finally {
      await first.release();
    }
  });

  it('is free again when the process holding it ends its session', async () => {
    const first = await acquireStartupLock(connection, { key });
    await first.release();
    const again = acquireStartupLock(connection, { key, wait: '5s' });
    await expect(again).resolves.toHaveProperty('release');
    await (await again).release();
  });
});
