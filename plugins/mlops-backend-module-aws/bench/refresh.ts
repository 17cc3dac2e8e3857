/*
 * Refresh benchmark: AWS calls the source makes for fleets of 1,000 and 5,000 services (each a
 * model group of 5-20 versions, an endpoint with 4-10 drift features and a Model Monitor schedule),
 * against a counting fake of every SDK client (aws-sdk-client-mock). Prints calls per full refresh,
 * per steady-state refresh (nothing changed, then 1% changed), the theoretical minimum, and what
 * fetching on every page view would cost.
 * Run: yarn bench:refresh  (BENCH_FLEETS=1000,5000)
 */
import { readMlopsTarget } from '@aidlc/plugin-mlops-node';
import { CacheManager } from '@backstage/backend-defaults/cache';
import { WinstonLogger } from '@backstage/backend-defaults/rootLogger';
import { ConfigReader } from '@backstage/config';
import { AwsClientFactory } from '../src/AwsClients';
import { AwsSource } from '../src/AwsSource';
import { readAwsSourceConfig } from '../src/AwsSourceConfig';
import {
  FakeService,
  fleetShape,
  makeFleet,
  minimumCalls,
  serviceEntity,
} from './fakeFleet';
import { fakeFleetAws } from './fakeFleetAws';
import { fakeAwsConfig } from './fakeFleetLocation';

/** What one view of a service's ML tab costs when it asks AWS itself (no store, no batching). */
function perPageView(s: FakeService): number {
  return (
    1 +
    3 * s.versions + // list, then describe, statistics and training job of each version
    3 +
    3 + // endpoint, config, model; schedules, executions, job definition
    5 +
    s.features + // ListMetrics per namespace, GetMetricData per chart
    9 +
    3 * 4 +
    2 +
    2 +
    7 + // roles, buckets, key, VPC, account services
    3 // route tables, security groups, the image's scan
  );
}

async function measure(size: number) {
  const shape = fleetShape(1, 1);
  const fleet = makeFleet(size, shape);
  const aws = fakeFleetAws(fleet);
  const { aws: credentials, accounts } = fakeAwsConfig(shape);
  const root = new ConfigReader({
    aws: credentials,
    mlops: { aws: { accounts, concurrency: 16 } },
  });
  const logger = WinstonLogger.create({ level: 'warn' });
  const config = readAwsSourceConfig(root, logger)!;
  const source = new AwsSource({
    config,
    clients: AwsClientFactory.fromConfig(root, config),
    cache: CacheManager.fromConfig(new ConfigReader({})).forPlugin('mlops'),
    logger,
  });
  const targets = fleet.map(s => readMlopsTarget(serviceEntity(s)));

  const refresh = async () => {
    aws.resetCounts();
    const started = performance.now();
    const outcomes = await source.read(targets, {
      driftLookbackMs: 14 * 86_400_000,
    });
    const failed = outcomes.filter(o => 'error' in o);
    if (failed.length > 0)
      throw new Error(
        `${failed.length} entities failed: ${
          (failed[0] as { error: Error }).error.message
        }`,
      );
    return { ...aws.count(), ms: Math.round(performance.now() - started) };
  };

  const full = await refresh();
  const steady = await refresh();
  // 1% of the services register a version and deploy it (new endpoint config and model).
  fleet
    .filter((_, i) => i % 100 === 0)
    .forEach(s => {
      s.versions += 1;
      s.deployment += 1;
    });
  const changed = await refresh();
  aws.restore();

  const minimum = minimumCalls(
    fleet.map(s => (s.deployment > 1 ? { ...s, versions: s.versions - 1 } : s)),
  );
  const pageViews = fleet.reduce((n, s) => n + perPageView(s), 0);
  return { size, full, steady, changed, minimum, pageViews };
}

async function main() {
  const sizes = (process.env.BENCH_FLEETS ?? '1000,5000')
    .split(',')
    .map(Number);
  const rows = [];
  for (const size of sizes) {
    const r = await measure(size);
    rows.push(r);
    console.log(`\n${size} services: calls by operation in a full refresh`);
    console.log(
      Object.entries(r.full.byOperation)
        .map(([op, n]) => `  ${op} ${n}`)
        .join('\n'),
    );
  }
  console.log(
    '\n| services | full refresh | minimum | full / minimum | steady (no change) | steady (1% changed) | one view of every service, fetched per page view | per-view / steady |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
    console.log(
      `| ${r.size} | ${r.full.total} (${r.full.ms} ms) | ${r.minimum} | ${(
        r.full.total / r.minimum
      ).toFixed(3)}x | ${r.steady.total} (${pct(
        r.steady.total,
        r.full.total,
      )}) | ${r.changed.total} (${pct(r.changed.total, r.full.total)}) | ${
        r.pageViews
      } | ${(r.pageViews / r.changed.total).toFixed(1)}x |`,
    );
  }
  console.log(
    '\nSteady-state refreshes run within mlops.aws.evidenceCacheTtl (default 1 hour); after it, bucket, key, role and account evidence is read again.',
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
