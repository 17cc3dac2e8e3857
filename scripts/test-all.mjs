// Every check of the project in one run: type check, lint, unit tests (Jest), browser tests
// (Playwright) and the production artifact (node --test), then one closing line `N passed, N failed, N skipped` over all of them.
// Runs under Yarn (`yarn test:all`), which puts the workspace binaries on PATH.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  freePort,
  reachable,
} from '../packages/backend/artifact/localServices.mjs';

const reports = mkdtempSync(join(tmpdir(), 'aidlc-test-'));
// No Docker engine on our machines: Backstage's TestDatabases must not try to start one.
const env = {
  ...process.env,
  CI: 'true',
  FORCE_COLOR: '0',
  BACKSTAGE_TEST_DISABLE_DOCKER: '1',
};
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args, extraEnv = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  return result.status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Type check and lint count as one test each: a red one fails the run. */
function check(title, command, args) {
  const ok = run(title, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
}

if (await reachable('127.0.0.1', 5432)) {
  // Read by the PostgreSQL tests and by Backstage's TestDatabases (id POSTGRES_15).
  env.AIDLC_TEST_POSTGRES_URL ??=
    'postgresql://postgres@127.0.0.1:5432/postgres';
  env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??=
    'postgresql://postgres@127.0.0.1:5432';
} else {
  console.log(
    'PostgreSQL is not reachable at 127.0.0.1:5432: the PostgreSQL tests will be skipped.',
  );
}

if (await reachable('127.0.0.1', 6379)) {
  env.AIDLC_TEST_REDIS_URL ??= 'redis://127.0.0.1:6379';
} else {
  console.log(
    'Redis is not reachable at 127.0.0.1:6379: the Redis tests will be skipped.',
  );
}

// Servers the tests start listen on free ports: another run on this machine may hold the usual ones.
env.AIDLC_TEST_BACKEND_PORT ??= await freePort();
env.E2E_APP_PORT ??= await freePort();
env.E2E_BACKEND_PORT ??= await freePort();
env.E2E_TEAM_BACKEND_PORT ??= await freePort();

check('Type check', 'tsc', []);
check('Lint', 'backstage-cli', ['repo', 'lint']);

const jestReport = join(reports, 'jest.json');
const jestOk = run('Unit tests', 'backstage-cli', [
  'repo',
  'test',
  '--json',
  `--outputFile=${jestReport}`,
]);
const jest = readJson(jestReport);
if (jest) {
  totals.passed += jest.numPassedTests;
  totals.failed += jest.numFailedTests;
  totals.skipped += jest.numPendingTests + jest.numTodoTests;
}
if (!jestOk && (!jest || jest.numFailedTests === 0)) totals.failed += 1; // a suite that did not run

const e2eReport = join(reports, 'e2e.json');
const e2eOk = run('Browser tests', 'playwright', ['test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
});
const e2e = readJson(e2eReport);
if (e2e) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
}
if (!e2eOk && (!e2e || e2e.stats.unexpected === 0)) totals.failed += 1;

// Last: it rebuilds packages/*/dist, and takes a few minutes
const artifactReport = join(reports, 'artifact.tap');
const artifactOk = run('Production artifact', 'node', [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${artifactReport}`,
  'packages/backend/artifact/productionArtifact.test.mjs',
]);
const tap = existsSync(artifactReport)
  ? readFileSync(artifactReport, 'utf8')
  : '';
const tapCount = name =>
  Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
totals.passed += tapCount('pass');
totals.failed += tapCount('fail') + tapCount('cancelled'); // cancelled: a hook failed
totals.skipped += tapCount('skipped');
if (artifactOk && tapCount('tests') === 0) totals.skipped += 1; // without PostgreSQL or Redis
if (!artifactOk && tapCount('fail') + tapCount('cancelled') === 0) {
  totals.failed += 1;
}

console.log(
  `\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
);
process.exit(totals.failed === 0 ? 0 : 1);
