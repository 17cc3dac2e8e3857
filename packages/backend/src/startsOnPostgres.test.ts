import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

// The local PostgreSQL, which scripts/test-all.mjs finds at 127.0.0.1:5432.
const postgresUrl = process.env.AIDLC_TEST_POSTGRES_URL;
// scripts/test-all.mjs gives a free port, so two test runs on one machine do not collide.
const port = Number(process.env.AIDLC_TEST_BACKEND_PORT ?? 7017);
const baseUrl = `http://localhost:${port}`;
const prefix = `aidlc_pgtest_${process.pid}_`;

if (!postgresUrl) {
  // eslint-disable-next-line no-console
  console.warn(
    'Skipping the PostgreSQL start-up test: set AIDLC_TEST_POSTGRES_URL (yarn test:all does when 127.0.0.1:5432 answers).',
  );
}

async function poll<T>(what: string, seconds: number, fn: () => Promise<T>) {
  const deadline = Date.now() + seconds * 1000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await fn();
    } catch (error) {
      lastError = error;
      await new Promise(r => setTimeout(r, 1000));
    }
  }
  throw new Error(`Timed out waiting for ${what}: ${lastError}`);
}

async function getJson(path: string, token?: string) {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    throw new Error(
      `${path} answered ${response.status}: ${await response.text()}`,
    );
  }
  return response.json();
}

(postgresUrl ? describe : describe.skip)('backend on PostgreSQL', () => {
  let backend: ChildProcess | undefined;
  let admin: Client;

  beforeAll(async () => {
    admin = new Client({ connectionString: postgresUrl });
    await admin.connect();

    const dir = mkdtempSync(join(tmpdir(), 'aidlc-pg-'));
    const config = join(dir, 'app-config.pg.yaml');
    writeFileSync(
      config,
      JSON.stringify({
        backend: {
          baseUrl,
          listen: { port },
          database: { client: 'pg', connection: postgresUrl, prefix },
        },
      }),
    );
    const packageDir = resolve(__dirname, '..');
    backend = spawn(
      process.execPath,
      [
        require.resolve('@backstage/cli/bin/backstage-cli'),
        'package',
        'start',
        '--config',
        resolve(packageDir, '../../app-config.yaml'),
        '--config',
        config,
      ],
      {
        cwd: packageDir,
        detached: true,
        stdio: 'ignore',
        // Jest sets NODE_ENV=test; the backend runs as `yarn start` runs it
        env: { ...process.env, NODE_ENV: 'development' },
      },
    );
  });

  afterAll(async () => {
    if (backend?.pid) process.kill(-backend.pid, 'SIGKILL');
    const { rows } = await admin.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await admin.end();
  }, 60_000); // a dozen plugin databases to drop, on a busy machine

  it('runs every plugin migration and serves the demo catalog', async () => {
    await poll('backend readiness', 150, () =>
      getJson('/.backstage/health/v1/readiness'),
    );

    const { rows } = await admin.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    const databases = rows.map(r => r.datname);
    expect(databases).toEqual(
      expect.arrayContaining([`${prefix}catalog`, `${prefix}scaffolder`]),
    );

    const catalogUrl = new URL(postgresUrl!);
    catalogUrl.pathname = `/${prefix}catalog`;
    const catalogDb = new Client({ connectionString: catalogUrl.toString() });
    await catalogDb.connect();
    try {
      const migrations = await catalogDb.query(
        'SELECT count(*)::int AS n FROM knex_migrations',
      );
      expect(migrations.rows[0].n).toBeGreaterThan(0);
    } finally {
      await catalogDb.end();
    }

    const { backstageIdentity } = await getJson('/api/auth/guest/refresh');
    const entity = await poll('the demo catalog', 60, () =>
      getJson(
        '/api/catalog/entities/by-name/component/default/fraud-scoring-api',
        backstageIdentity.token,
      ),
    );
    expect(entity.spec.owner).toBe('fraud-ml');
  }, 240_000);
});
