/*
 * API benchmark: seeds the store with 10,000 entities (snapshots and 14 refreshes of history
 * each), serves the plugin over HTTP and loads it with 100 concurrent connections from a second
 * process. Prints p50 / p95 / p99 latency and requests per second of the entity routes and the
 * fleet routes, on SQLite and on PostgreSQL (127.0.0.1:5432, skipped if absent).
 * Run: yarn workspace @aidlc/plugin-mlops-backend bench:api  (BENCH_ENTITIES, BENCH_SECONDS)
 * Auth, permissions and catalog are Backstage's test services: this measures the plugin and its
 * store. Fleet answers are cached, as in the plugin; the figures are for a warm cache. The same
 * routes next to the catalog's own, on the real portal backend, are in packages/backend/bench.
 */
import { toError } from '@backstage/errors';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import knexFactory, { Knex } from 'knex';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInChecks } from '../src/checks';
import {
  secureContext,
  secureEvidence,
} from '../src/checks/__testUtils__/secureService';
import { ComplianceEngine } from '../src/compliance/ComplianceEngine';
import { ComplianceProfiles } from '../src/compliance/ComplianceProfiles';
import { MlopsDatabase } from '../src/database/MlopsDatabase';
import { mlopsPlugin } from '../src/plugin';

const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const HISTORY = 14;
const TEAMS = 40;

const engine = new ComplianceEngine(
  builtInChecks,
  ComplianceProfiles.fromConfig(
    new ConfigReader({}),
    builtInChecks.map(c => c.id),
  ),
);

/** A few realistic evaluations (0 to 4 failed checks) reused across the fleet. */
const variants = [0, 1, 2, 3, 4].map(failures => {
  const evidence = secureEvidence();
  const context = secureContext();
  if (failures > 0) evidence.guardDuty = { enabled: false };
  if (failures > 1) evidence.buckets![0].versioning = false;
  if (failures > 2) evidence.models![0].networkIsolation = false;
  if (failures > 3) evidence.submitted = {};
  context.endpoints[0].metrics = ['amount', 'country', 'card_age', 'mcc'].map(
    f => ({
      name: `feature_baseline_drift_${f}`,
      threshold: 0.2,
      points: Array.from({ length: 57 }, (_, i) => ({
        t: new Date(Date.UTC(2026, 10, 11) + i * 6 * 3_600_000).toISOString(),
        v: 0.05 + i / 1000,
      })),
    }),
  );
  return { evidence, context, evaluation: engine.evaluate(evidence, context) };
});

const ref = (i: number) => `component:default/ml-svc-${i}`;

async function seed(knex: Knex) {
  const started = Date.now();
  const database = await MlopsDatabase.create(
    { getClient: async () => knex },
    { timeoutMs: 60_000, logger: mockServices.rootLogger() },
  );
  for (let i = 0; i < ENTITIES; i++) {
    const { evidence, context, evaluation } = variants[i % variants.length];
    const entityRef = ref(i);
    await database.writeEntity(entityRef, tx =>
      database.snapshots.saveSnapshot(tx, {
        entityRef,
        title: `ML service ${i}`,
        owner: `group:default/team-${i % TEAMS}`,
        system: `system:default/system-${i % 10}`,
        profile: 'standard',
        approvers: [],
        refreshedAt: new Date(),
        evaluatedAt: new Date(),
        stale: false,
        verdict: evaluation.verdict,
        score: evaluation.score,
        failed: evaluation.failed,
        missingEvidence: evaluation.missingEvidence,
        driftStatus: 'ok',
        models: context.models.map(g => ({
          ...g,
          name: `model-${i}`,
          arn: `${g.arn}-${i}`,
        })),
        endpoints: context.endpoints,
        checks: evaluation.checks,
        evidence,
        reports: [],
        stages: [],
      }),
    );
  }
  const history = [];
  for (let i = 0; i < ENTITIES; i++) {
    for (let h = 1; h < HISTORY; h++) {
      history.push({
        entity_ref: ref(i),
        recorded_at: new Date(Date.now() - h * 86_400_000),
        score: 60 + ((i + h) % 40),
        failed_critical: 0,
        failed_high: h % 3,
        failed_medium: 1,
        failed_low: 0,
        drift_status: 'ok',
      });
    }
  }
  // 400 rows a statement: under SQLite's limit of 500 terms in a compound SELECT
  await knex.batchInsert('mlops_history', history, 400);
  return (Date.now() - started) / 1000;
}

/** The plugin as a backend serves it, over the seeded database. */
async function serve(knex: Knex) {
  const { server } = await startTestBackend({
    features: [
      mlopsPlugin,
      mockServices.database.factory({ knex, migrations: { skip: true } }),
      mockServices.rootConfig.factory({
        data: {
          mlops: {
            // A source the plugin needs to start; the refresh never runs here
            demo: {
              file: join(__dirname, '../../../examples/mlops-demo.yaml'),
            },
            schedule: {
              frequency: { hours: 24 },
              timeout: { minutes: 1 },
              initialDelay: { hours: 24 },
            },
          },
        },
      }),
      catalogServiceMock.factory({ entities: [] }),
    ],
  });
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/mlops`;
  return { base, close: () => server.close() };
}

async function load(urls: string[]) {
  const options = JSON.stringify({
    urls,
    token: mockCredentials.user.token('user:default/bench-admin'),
    connections: 100,
    seconds: SECONDS,
  });
  // Asynchronous: the server answers from this process's event loop meanwhile.
  const { stdout } = await promisify(execFile)(process.execPath, [
    join(__dirname, 'load.mjs'),
    options,
  ]);
  return JSON.parse(stdout);
}

async function bench(name: string, knex: Knex) {
  const seconds = await seed(knex);
  console.log(
    `\n${name}: seeded ${ENTITIES} entities and ${
      ENTITIES * HISTORY
    } history rows in ${seconds.toFixed(1)} s`,
  );
  const { base, close } = await serve(knex);
  const sample = Array.from({ length: 1000 }, (_, i) =>
    ref((i * 7919) % ENTITIES),
  );
  const scenarios: Record<string, string[]> = {
    'entity (ML tab)': sample.map(
      r => `${base}/entities/${r.replace(':', '/')}`,
    ),
    'entity models': sample.map(
      r => `${base}/entities/${r.replace(':', '/')}/models`,
    ),
    'entity drift': sample.map(
      r => `${base}/entities/${r.replace(':', '/')}/drift`,
    ),
    'entity compliance': sample.map(
      r => `${base}/entities/${r.replace(':', '/')}/compliance`,
    ),
    'fleet first page': [`${base}/compliance?limit=50`],
    'fleet filtered page': Array.from(
      { length: TEAMS },
      (_, t) =>
        `${base}/compliance?owner=group%3Adefault%2Fteam-${t}&severity=high&limit=50`,
    ),
    'fleet by owner': [`${base}/compliance/owners`],
  };
  console.log(
    'scenario              requests  errors    rps   p50 ms   p95 ms   p99 ms',
  );
  for (const [scenario, urls] of Object.entries(scenarios)) {
    const r = await load(urls);
    console.log(
      `${scenario.padEnd(20)} ${String(r.requests).padStart(9)} ${String(
        r.errors,
      ).padStart(7)} ${String(r.rps).padStart(6)} ${String(r.p50).padStart(
        8,
      )} ${String(r.p95).padStart(8)} ${String(r.p99).padStart(8)}`,
    );
  }
  close();
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-bench-'));
  const sqlite = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: join(dir, 'bench.sqlite') },
    useNullAsDefault: true,
  });
  await bench('SQLite', sqlite);
  await sqlite.destroy();

  const admin = knexFactory({
    client: 'pg',
    connection: 'postgresql://postgres@127.0.0.1:5432/postgres',
  });
  const database = `mlops_bench_${process.pid}`;
  try {
    await admin.raw(`CREATE DATABASE ${database}`);
  } catch (error) {
    console.log(
      `\nPostgreSQL: skipped, 127.0.0.1:5432 not reachable (${
        toError(error).message
      })`,
    );
    await admin.destroy();
    return;
  }
  const pg = knexFactory({
    client: 'pg',
    connection: `postgresql://postgres@127.0.0.1:5432/${database}`,
    pool: { min: 0, max: 10 },
  });
  try {
    await bench('PostgreSQL', pg);
  } finally {
    await pg.destroy();
    await admin.raw(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
