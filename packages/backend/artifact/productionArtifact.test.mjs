// The production artifact runs: the backend bundle, unpacked as the Dockerfile does, started with
// the production config layers on the local PostgreSQL and Redis, two replicas side by side as the
// Helm values deploy them. Run by `yarn test:all` (node --test); needs AIDLC_TEST_POSTGRES_URL and
// AIDLC_TEST_REDIS_URL, which it sets when those services answer.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  STATIC_TOKEN,
  deploymentEnv,
  deploymentIds,
  dropDatabases,
  redisKeyCount,
  takeDeploymentTurn,
} from './deployment.mjs';
import { freePort } from './localServices.mjs';
import { startArtifact } from './startArtifact.mjs';
import { writeUncommentedConfig } from './uncommentExamples.mjs';
import { buildBackend, unpackLikeDockerfile } from './unpackLikeDockerfile.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const postgresUrl = process.env.AIDLC_TEST_POSTGRES_URL;
const redisUrl = process.env.AIDLC_TEST_REDIS_URL;
const MINUTE = 60_000;

// A real account shape whose every call goes to a port nothing answers: a source is configured,
// and the refresh marks its entities stale without leaving the machine.
const unreachableAws = {
  accounts: [{ accountId: '123456789012', regions: ['eu-west-1'] }],
  endpoint: 'http://127.0.0.1:9',
  timeouts: { connection: '1s', request: '2s' },
  maxAttempts: 1,
};

function asService(init = {}) {
  return { ...init, headers: { authorization: `Bearer ${STATIC_TOKEN}` } };
}

/** Polls a catalog query until it has `count` entities (the first processing takes a moment). */
async function catalogCount(baseUrl, filter, count) {
  const deadline = Date.now() + 3 * MINUTE;
  let items = [];
  while (Date.now() < deadline) {
    const response = await fetch(
      `${baseUrl}/api/catalog/entities/by-query?filter=${filter}`,
      asService(),
    );
    assert.equal(response.status, 200);
    items = (await response.json()).items;
    if (items.length === count) break;
    await sleep(1000);
  }
  return items;
}

describe(
  'the production artifact',
  {
    skip:
      !postgresUrl || !redisUrl
        ? 'needs AIDLC_TEST_POSTGRES_URL and AIDLC_TEST_REDIS_URL'
        : false,
  },
  () => {
    const ids = deploymentIds();
    const started = [];
    const replicas = [];
    let app;

    async function start(mlopsAws, productionConfig, secrets = {}) {
      const port = await freePort();
      const env = {
        ...deploymentEnv({ postgresUrl, redisUrl, ids, port, mlopsAws }),
        ...secrets,
      };
      const replica = startArtifact(app, env, productionConfig);
      started.push(replica);
      return replica;
    }

    let endTurn;

    before(
      async () => {
        buildBackend(repoRoot);
        app = unpackLikeDockerfile(repoRoot);
        endTurn = await takeDeploymentTurn(postgresUrl);
      },
      { timeout: 30 * MINUTE },
    );

    after(
      async () => {
        await Promise.all(started.map(r => r.stop()));
        await dropDatabases(postgresUrl, ids.databasePrefix);
        await endTurn?.();
        if (app) rmSync(app, { recursive: true, force: true });
      },
      { timeout: 2 * MINUTE },
    );

    // The replicas stop before the single starts below, so at most two backends (about 25 database
    // connections each) run at once: another test run may share the machine's PostgreSQL.
    describe('two replicas side by side', () => {
      before(
        async () => {
          // Both at once on new databases, as a first install with replicas: 2 starts them
          replicas.push(
            await start(unreachableAws),
            await start(unreachableAws),
          );
          await Promise.all(replicas.map(replica => replica.ready()));
        },
        { timeout: 10 * MINUTE },
      );

      after(() => Promise.all(replicas.map(r => r.stop())), {
        timeout: 2 * MINUTE,
      });

      it('serves the built frontend from every replica', async () => {
        for (const { baseUrl } of replicas) {
          for (const path of ['/', '/ml-compliance']) {
            const response = await fetch(`${baseUrl}${path}`);
            assert.equal(response.status, 200);
            assert.match(
              await response.text(),
              /<title>Secure ML Portal<\/title>/,
            );
          }
        }
      });

      it('answers the ML API to an authenticated caller only', async () => {
        for (const { baseUrl } of replicas) {
          const anonymous = await fetch(`${baseUrl}/api/mlops/checks`);
          assert.equal(anonymous.status, 401);
          const response = await fetch(
            `${baseUrl}/api/mlops/checks`,
            asService(),
          );
          assert.equal(response.status, 200);
          const { items } = await response.json();
          assert.ok(items.length >= 40, `${items.length} checks`);
          assert.ok(
            items.some(check => check.id === 'model-network-isolation'),
          );
        }
      });

      it('registers the template and no demo data', async () => {
        const [{ baseUrl }] = replicas;
        const templates = await catalogCount(baseUrl, 'kind=template', 1);
        assert.deepEqual(
          templates.map(t => t.metadata.name),
          ['secure-ml-service'],
        );
        assert.deepEqual(await catalogCount(baseUrl, 'kind=component', 0), []);
        assert.deepEqual(await catalogCount(baseUrl, 'kind=user', 0), []);
      });

      it('keeps its shared cache in Redis', async () => {
        const [{ baseUrl }] = replicas;
        const response = await fetch(
          `${baseUrl}/api/mlops/compliance`,
          asService(),
        );
        assert.equal(response.status, 200);
        assert.ok(
          (await redisKeyCount(redisUrl, `${ids.redisNamespace}:*`)) > 0,
        );
      });
    });

    it(
      'starts with the sign-in and discovery examples uncommented',
      { timeout: 6 * MINUTE },
      async () => {
        const examples = await start(
          unreachableAws,
          writeUncommentedConfig(app),
          {
            AUTH_GITHUB_CLIENT_ID: 'artifact-client',
            AUTH_GITHUB_CLIENT_SECRET: 'artifact-secret',
            AUTH_OIDC_CLIENT_ID: 'artifact-client',
            AUTH_OIDC_CLIENT_SECRET: 'artifact-secret',
          },
        );
        await examples.ready();
        // GitHub sign-in starts: the browser is sent to GitHub with the configured OAuth app
        const signIn = await fetch(
          `${examples.baseUrl}/api/auth/github/start?env=production`,
          { redirect: 'manual' },
        );
        assert.equal(signIn.status, 302);
        assert.match(
          signIn.headers.get('location'),
          /^https:\/\/github\.com\/login\/oauth\/authorize\?.*client_id=artifact-client/,
        );
        await examples.stop();
      },
    );

    it(
      'refuses to start without an ML source, naming mlops.aws',
      { timeout: 6 * MINUTE },
      async () => {
        const withoutSource = await start(undefined);
        assert.equal(await withoutSource.exitCode(), 1);
        assert.match(
          withoutSource.output(),
          /The mlops plugin has no source: configure mlops\.aws/,
        );
      },
    );
  },
);
