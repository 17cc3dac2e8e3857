import { Config } from '@backstage/config';
import { Client, ClientConfig } from 'pg';

/** Any fixed 64-bit key, the same in every replica of this portal (pg_advisory_lock's key space). */
const STARTUP_LOCK_KEY = BigInt('0x7061727461626c65');

/** How long a replica waits for the one starting before it (a PostgreSQL interval). */
const STARTUP_LOCK_WAIT = '5min';

/** A held startup lock; ending it (or the process) lets the next replica start. */
export interface StartupLock {
  release(): Promise<void>;
}

/**
 * Where the lock lives: the server's maintenance database, which Backstage itself uses to create
 * the plugins' databases. Undefined when the backend is not on PostgreSQL (SQLite has one process),
 * or reaches it through a connector of its own (Cloud SQL, Azure), which this does not reproduce.
 */
export function lockConnectionOf(config: Config): ClientConfig | undefined {
  if (config.getOptionalString('backend.database.client') !== 'pg') {
    return undefined;
  }
  const connection = config.get<string | Record<string, unknown>>(
    'backend.database.connection',
  );
  if (typeof connection === 'string') return { connectionString: connection };
  const { type, database, ...rest } = connection;
  if (type !== undefined && type !== 'default') return undefined;
  return { ...rest, database: (database as string) ?? 'postgres' };
}

/**
 * Waits until no other replica is starting, then holds a session-level advisory lock until released.
 * Backstage plugins run their knex migrations as they start: two replicas starting at once on new
 * databases collide (MigrationLocked, or a table created twice) and one fails, as in
 * backstage/charts#300. The wait is bounded; a process that ends frees the lock with its session.
 */
export async function acquireStartupLock(
  connection: ClientConfig,
  { wait = STARTUP_LOCK_WAIT, key = STARTUP_LOCK_KEY } = {},
): Promise<StartupLock> {
  const client = new Client(connection);
  // A lost session only frees the lock early: never a reason to end the process
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(`SET statement_timeout = ${client.escapeLiteral(wait)}`);
    await client.query('SELECT pg_advisory_lock($1::bigint)', [key.toString()]);
  } catch (error) {
    await client.end();
    throw new Error(
      `Waiting for the startup lock failed (another replica may have held it for longer than ${wait}): ${error}`,
    );
  }
  return { release: () => client.end() };
}
