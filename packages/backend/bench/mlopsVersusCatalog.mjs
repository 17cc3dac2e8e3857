// The per-entity routes of /api/mlops next to the catalog's own entity-by-name route, in one run on
// the same backend: the portal's backend (packages/backend, demo data, SQLite) started with a member
// of fraud-ml as the signed-in user, so every ML read goes through a conditional decision of the
// portal policy, and the catalog's through its read permission. Both are loaded alike: 100
// connections from a second process, BENCH_SECONDS (default 10) per route, after a warm-up.
// Run from the repository root: scripts/yarn.sh bench:api  (this is its second half)
import { execFile, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 7037;
const base = `http://localhost:${PORT}`;
const root = resolve(import.meta.dirname, '../../..');
const loadScript = resolve(root, 'plugins/mlops-backend/bench/load.mjs');
const services = [
  'fraud-scoring-api',
  'transaction-anomaly-detector',
  'kyc-document-classifier',
];

const backend = spawn(
  process.execPath,
  [
    resolve(root, '.yarn/releases/yarn-4.13.0.cjs'),
    'workspace',
    'backend',
    'start',
  ],
  {
    cwd: root,
    detached: true,
    stdio: ['ignore', process.env.BENCH_LOG ? 'inherit' : 'ignore', 'inherit'],
    env: {
      ...process.env,
      APP_CONFIG_backend_listen_port: String(PORT),
      APP_CONFIG_backend_baseUrl: base,
      APP_CONFIG_auth_providers_guest_userEntityRef:
        'user:default/amara.okafor',
    },
  },
);
const stop = () => {
  try {
    process.kill(-backend.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stop);

async function poll(what, check) {
  for (let i = 0; i < 300; i++) {
    try {
      const value = await check();
      if (value) return value;
    } catch {
      // not up yet
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const load = async (urls, token, seconds) =>
  JSON.parse(
    (
      await promisify(execFile)(process.execPath, [
        loadScript,
        JSON.stringify({ urls, token, connections: 100, seconds }),
      ])
    ).stdout,
  );

try {
  await poll(
    'the backend',
    async () => (await fetch(`${base}/.backstage/health/v1/readiness`)).ok,
  );
  // A sign-in token carries the user's groups as the catalog knew them at sign-in: wait for them.
  const token = await poll(
    'the membership of amara.okafor in fraud-ml',
    async () => {
      const identity = (
        await (await fetch(`${base}/api/auth/guest/refresh`)).json()
      ).backstageIdentity;
      return (
        identity.identity.ownershipEntityRefs.includes(
          'group:default/fraud-ml',
        ) && identity.token
      );
    },
  );
  const headers = { authorization: `Bearer ${token}` };
  // The team refreshes its services once the catalog has them, instead of waiting for the schedule.
  for (const name of services) {
    await poll(
      `${name} in the catalog`,
      async () =>
        (
          await fetch(
            `${base}/api/catalog/entities/by-name/component/default/${name}`,
            { headers },
          )
        ).ok,
    );
    await fetch(
      `${base}/api/mlops/entities/component/default/${name}/refresh`,
      { method: 'POST', headers },
    );
  }
  await poll('the ML data of fraud-ml', async () => {
    const fleet = await (
      await fetch(`${base}/api/mlops/compliance`, { headers })
    ).json();
    return fleet.totalItems === services.length;
  });
  const routes = {
    'catalog entity by name': services.map(
      n => `${base}/api/catalog/entities/by-name/component/default/${n}`,
    ),
    'mlops entity (ML tab)': services.map(
      n => `${base}/api/mlops/entities/component/default/${n}`,
    ),
    'mlops entity models': services.map(
      n => `${base}/api/mlops/entities/component/default/${n}/models`,
    ),
    'mlops entity drift': services.map(
      n => `${base}/api/mlops/entities/component/default/${n}/drift`,
    ),
    'mlops entity compliance': services.map(
      n => `${base}/api/mlops/entities/component/default/${n}/compliance`,
    ),
  };
  for (const urls of Object.values(routes)) await load(urls, token, 2); // warm-up
  console.log(
    `\nSame backend, signed in as a member of fraud-ml, ${SECONDS} s per route, 100 connections:`,
  );
  console.log(
    'route                      requests  errors    rps   p50 ms   p95 ms   p99 ms',
  );
  for (const [route, urls] of Object.entries(routes)) {
    const r = await load(urls, token, SECONDS);
    console.log(
      `${route.padEnd(25)} ${String(r.requests).padStart(9)} ${String(
        r.errors,
      ).padStart(7)} ${String(r.rps).padStart(6)} ${String(r.p50).padStart(
        8,
      )} ${String(r.p95).padStart(8)} ${String(r.p99).padStart(8)}`,
    );
  }
} finally {
  stop();
}
