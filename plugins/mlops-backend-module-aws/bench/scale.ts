/*
 * Scale benchmark: one backend (the mlops plugin with this module) refreshing 5,000 services across
 * 20 accounts and 3 regions against counting fakes of every AWS client, on PostgreSQL
 * (127.0.0.1:5432) with its cache in Redis (127.0.0.1:6379), as in production. Prints:
 * - the full refresh's wall time (target: within the production schedule's 10-minute timeout), its
 *   AWS calls and entities stored, and the process's peak memory (RSS; target under 1 GiB) with the
 *   heap limit the Helm values give production (--max-old-space-size=1536, set by the script);
 * - the database's size after 30 days of history at the production schedule (a refresh every 30
 *   minutes), then after 120 days without pruning, and after the refresh's pruning (retention 90 days);
 * - fleet page latency at 20 connections at the 30-day size (target p95 under 100 ms), with the
 *   production fleet cache and with every answer computed.
 * Services are spread over the locations in turn; each fake answers for the account and region the
 * call goes to, as AWS would. Run: yarn bench:scale
 * (BENCH_SERVICES=5000 BENCH_ACCOUNTS=20 BENCH_REGIONS=3 BENCH_SECONDS=10; BENCH_KEEP_DATABASE=1 keeps
 * the database mlops_scale_<pid> for a look; BENCH_REFRESH_ONLY=1 stops after the refresh;
 * BENCH_BATCH_SIZE sets mlops.refresh.batchSize, BENCH_DRIFT_DAYS mlops.drift.lookback)
 */
import { mockCredentials } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import {
  fleetShape,
  makeFleet,
  minimumCalls,
  serviceEntity,
} from './fakeFleet';
import { fakeFleetAws } from './fakeFleetAws';
import { startScaleBackend } from './scaleBackend';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 5000);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 20);
const REGIONS = Number(process.env.BENCH_REGIONS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE) || undefined;
const DRIFT_DAYS = Number(process.env.BENCH_DRIFT_DAYS ?? 14);
const CONNECTIONS = 20;
const REFRESHES_PER_DAY = 48; // every 30 minutes
const ADMIN_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

async function databaseSize(knex: Knex) {
  const { rows } = await knex.raw(
    `SELECT pg_database_size(current_database()) AS total,
            pg_total_relation_size('mlops_history') AS history,
            (SELECT count(*) FROM mlops_history) AS history_rows`,
  );
  const [r] = rows;
  return `${mib(Number(r.total))} (history ${mib(Number(r.history))}, ${Number(
    r.history_rows,
  ).toLocaleString('en')} rows)`;
}

/**
 * History as the production schedule leaves it: one row per entity per refresh, every 30 minutes,
 * for the days from `fromDay` to `toDay` ago (the entity's own figures, as a refresh stores them).
 */
async function seedHistory(knex: Knex, fromDay: number, toDay: number) {
  const first = fromDay * REFRESHES_PER_DAY + 1;
  const last = toDay * REFRESHES_PER_DAY;
  await knex.raw(
    `INSERT INTO mlops_history (entity_ref, recorded_at, score, failed_critical, failed_high,
                                failed_medium, failed_low, drift_status)
     SELECT e.entity_ref, now() - g * interval '30 minutes', e.score, e.failed_critical,
            e.failed_high, e.failed_medium, e.failed_low, e.drift_status
     FROM mlops_entities e CROSS JOIN generate_series(?::int, ?::int) AS g`,
    [first, last],
  );
  await knex.raw('ANALYZE mlops_history');
}

async function load(urls: string[]) {
  const loadScript = join(
    dirname(require.resolve('@aidlc/plugin-mlops-backend/package.json')),
    'bench/load.mjs',
  );
  const options = JSON.stringify({
    urls,
    token: mockCredentials.user.token('user:default/bench-admin'),
    connections: CONNECTIONS,
    seconds: SECONDS,
  });
  const { stdout } = await promisify(execFile)(process.execPath, [
    loadScript,
    options,
  ]);
  return JSON.parse(stdout);
}

async function fleetLatency(base: string, label: string) {
  const pages: Record<string, string[]> = {
    'fleet first page': [`${base}/compliance?limit=50`],
    'fleet by team': Array.from(
      { length: 50 },
      (_, t) =>
        `${base}/compliance?owner=group%3Adefault%2Fteam-${t}&severity=high&limit=50`,
    ),
  };
  for (const [page, urls] of Object.entries(pages)) {
    const r = await load(urls);
    console.log(
      `| ${label} | ${page} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`,
    );
  }
}

async function bench(knex: Knex) {
  const shape = fleetShape(ACCOUNTS, REGIONS);
  const fleet = makeFleet(SERVICES, shape);
  const entities = fleet.map(serviceEntity);
  const aws = fakeFleetAws(fleet);
  const backend = await startScaleBackend({
    knex,
    redisUrl: REDIS_URL,
    entities,
    shape,
    fleetTtl: '30s',
    batchSize: BATCH_SIZE,
    driftDays: DRIFT_DAYS,
  });

  // The fake forgets each call once counted, as a long refresh needs
  const countedRefresh = async () => {
    aws.resetCounts();
    const draining = setInterval(aws.drain, 1000);
    await backend.refresh();
    clearInterval(draining);
    return aws.count().total;
  };

  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const calls = await countedRefresh();
  const seconds = (performance.now() - started) / 1000;
  const { rows } = await knex.raw(
    'SELECT count(*) FILTER (WHERE NOT stale) AS ok, count(*) FILTER (WHERE stale) AS stale FROM mlops_entities',
  );
  console.log(
    `\n${SERVICES} services, ${ACCOUNTS} accounts x ${REGIONS} regions, one backend on PostgreSQL`,
  );
  console.log(
    `full refresh: ${seconds.toFixed(
      1,
    )} s (timeout 600 s), ${calls} AWS calls (fewest possible ${minimumCalls(
      fleet,
    )}), ${rows[0].ok} entities stored, ${rows[0].stale} stale`,
  );
  console.log(
    `peak RSS: ${mib(
      process.resourceUsage().maxRSS * 1024,
    )} (target < 1024 MiB; ${mib(
      rssBefore,
    )} before the refresh; heap limit ${mib(
      getHeapStatistics().heap_size_limit,
    )})`,
  );

  if (process.env.BENCH_REFRESH_ONLY) {
    await backend.close();
    aws.restore();
    return;
  }

  console.log(`\ndatabase after one refresh: ${await databaseSize(knex)}`);
  await seedHistory(knex, 0, 30);
  console.log(
    `after 30 days at the production schedule: ${await databaseSize(knex)}`,
  );

  const computed = await startScaleBackend({
    knex,
    redisUrl: REDIS_URL,
    entities,
    shape,
    fleetTtl: '1ms',
    batchSize: BATCH_SIZE,
    driftDays: DRIFT_DAYS,
  });
  console.log(
    `\n| fleet cache | page | requests | errors | rps | p50 ms | p95 ms | p99 ms |`,
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  await fleetLatency(backend.base, 'production (30 s)');
  await fleetLatency(computed.base, 'none (computed)');
  await computed.close();

  await seedHistory(knex, 30, 120);
  console.log(`\nafter 120 days without pruning: ${await databaseSize(knex)}`);
  // The next refresh prunes history past mlops.history.retention (default 90 days); PostgreSQL
  // reuses the freed space, VACUUM FULL shows what remains.
  await countedRefresh();
  await knex.raw('VACUUM FULL mlops_history');
  console.log(
    `after the next refresh prunes (retention 90 days): ${await databaseSize(
      knex,
    )}`,
  );
  await backend.close();
  aws.restore();
}

async function main() {
  const admin = knexFactory({ client: 'pg', connection: ADMIN_URL });
  const database = `mlops_scale_${process.pid}`;
  await admin.raw(`CREATE DATABASE ${database}`);
  const knex = knexFactory({
    client: 'pg',
    connection: ADMIN_URL.replace(/\/postgres$/, `/${database}`),
    pool: { min: 0, max: 20 },
  });
  try {
    await bench(knex);
  } finally {
    await knex.destroy();
    if (process.env.BENCH_KEEP_DATABASE) console.log(`kept ${database}`);
    else await admin.raw(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.destroy();
  }
}

main().then(
  // The Redis client of the cache service keeps the process alive
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
