// The outside a deployment of the artifact needs: its own databases on the local PostgreSQL, its
// own key space on the local Redis, and an environment like the Helm chart's secret would give.
import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';
import pg from 'pg';

export const STATIC_TOKEN = randomBytes(24).toString('base64url');

/** Names no other run on this machine uses: database prefix and Redis namespace. */
export function deploymentIds() {
  const id = randomBytes(4).toString('hex');
  return {
    databasePrefix: `artifact_${id}_`,
    redisNamespace: `artifact-${id}`,
  };
}

/**
 * The replica's environment: what the chart's secret and extraEnvVars hold, plus APP_CONFIG_
 * overrides (Backstage reads them as a last config layer) for what a portal's own layer would set.
 */
export function deploymentEnv({ postgresUrl, redisUrl, ids, port, mlopsAws }) {
  const postgres = new URL(postgresUrl);
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    POSTGRES_HOST: postgres.hostname,
    POSTGRES_PORT: postgres.port || '5432',
    POSTGRES_USER: decodeURIComponent(postgres.username),
    // Trust authentication (these machines) has none; an empty value would be refused by the config
    ...(postgres.password && {
      POSTGRES_PASSWORD: decodeURIComponent(postgres.password),
    }),
    REDIS_URL: redisUrl,
    APP_BASE_URL: baseUrl,
    BACKEND_BASE_URL: baseUrl,
    APP_CONFIG_backend_listen: `:${port}`,
    APP_CONFIG_backend_database_prefix: ids.databasePrefix,
    APP_CONFIG_backend_cache_redis_client_namespace: ids.redisNamespace,
    // Instead of sign-in: a caller with this token is the service `artifact-test`
    APP_CONFIG_backend_auth_externalAccess: JSON.stringify([
      {
        type: 'static',
        options: { token: STATIC_TOKEN, subject: 'artifact-test' },
      },
    ]),
    ...(mlopsAws && { APP_CONFIG_mlops_aws: JSON.stringify(mlopsAws) }),
    // The default chain's first link; the endpoint above answers nothing, so no call leaves
    AWS_ACCESS_KEY_ID: 'AKIAARTIFACTTEST0000',
    AWS_SECRET_ACCESS_KEY: 'artifact-test-secret',
  };
}

/** A fixed key of pg_advisory_lock, the same in every run of this test on the machine. */
const DEPLOYMENT_LOCK_KEY = '0x61727469666163';

/**
 * Waits until no other run of this test is deploying on the same PostgreSQL, then holds that turn
 * until the returned function is called. A deployment's backends open about 25 connections each
 * (13 plugins, one database and pool each), and two runs at once passed the server's
 * max_connections of 100. Another run's turn lasts about two minutes; the wait is bounded at 15.
 */
export async function takeDeploymentTurn(postgresUrl) {
  const client = new pg.Client({ connectionString: postgresUrl });
  client.on('error', () => {});
  await client.connect();
  await client.query(`SET statement_timeout = '15min'`);
  await client.query('SELECT pg_advisory_lock($1::bigint)', [
    BigInt(DEPLOYMENT_LOCK_KEY).toString(),
  ]);
  return () => client.end();
}

/** Drops every database the deployment's plugins created. */
export async function dropDatabases(postgresUrl, prefix) {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    for (const { datname } of rows) {
      await client.query(
        `DROP DATABASE IF EXISTS ${client.escapeIdentifier(
          datname,
        )} WITH (FORCE)`,
      );
    }
    return rows.length;
  } finally {
    await client.end();
  }
}

/** How many Redis keys match the pattern (KEYS, read from the reply's first line). */
export function redisKeyCount(redisUrl, pattern) {
  const { hostname, port } = new URL(redisUrl);
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: hostname, port: Number(port) });
    socket.setTimeout(5000, () =>
      socket.destroy(new Error('Redis did not answer')),
    );
    let reply = '';
    socket.on('connect', () =>
      socket.write(
        `*2\r\n$4\r\nKEYS\r\n$${Buffer.byteLength(pattern)}\r\n${pattern}\r\n`,
      ),
    );
    socket.on('data', chunk => {
      reply += chunk;
      const end = reply.indexOf('\r\n');
      if (end < 0) return;
      socket.destroy();
      const line = reply.slice(0, end);
      if (line.startsWith('*')) resolve(Number(line.slice(1)));
      else reject(new Error(`Redis answered ${line}`));
    });
    socket.on('error', reject);
  });
}
