// Starts the unpacked backend as the image's CMD does, with the production config layers, and waits
// until it is ready or has ended. Waits are bounded so that a hung start fails the test, however slow
// the machine: they are generous because CI's two cores are often busy.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const STARTUP_LIMIT_MS = 4 * 60_000;
const OUTPUT_KEPT = 256 * 1024;

/**
 * @param {string} app the unpacked image folder
 * @param {Record<string, string>} env the deployment's environment (secrets, APP_CONFIG_ overrides)
 * @param {string} productionConfig the second config layer
 */
export function startArtifact(
  app,
  env,
  productionConfig = 'app-config.production.yaml',
) {
  const baseUrl = env.BACKEND_BASE_URL;
  const child = spawn(
    process.execPath,
    [
      'packages/backend',
      '--config',
      'app-config.yaml',
      '--config',
      productionConfig,
    ],
    {
      cwd: app,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = chunk => {
    output = (output + chunk).slice(-OUTPUT_KEPT);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise(resolve =>
    child.on('exit', code => resolve(code ?? 1)),
  );

  return {
    baseUrl,
    output: () => output,
    exited,
    /** Resolves when readiness answers 200; rejects with the log (and exit code) when it ends first. */
    async ready() {
      const deadline = Date.now() + STARTUP_LIMIT_MS;
      let exitCode;
      exited.then(code => (exitCode = code));
      while (Date.now() < deadline && exitCode === undefined) {
        const status = await fetch(`${baseUrl}/.backstage/health/v1/readiness`)
          .then(response => response.status)
          .catch(() => 0);
        if (status === 200) return;
        await sleep(500);
      }
      const state =
        exitCode === undefined ? 'not ready' : `ended (${exitCode})`;
      throw Object.assign(
        new Error(`${state} before readiness:\n${output.slice(-6000)}`),
        { exitCode },
      );
    },
    /** The exit code, or an error with the log when it runs on past the limit. */
    async exitCode() {
      const code = await Promise.race([
        exited,
        sleep(STARTUP_LIMIT_MS, undefined, { ref: false }),
      ]);
      if (code === undefined) {
        throw new Error(`still running:\n${output.slice(-6000)}`);
      }
      return code;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const gone = await Promise.race([
        exited,
        sleep(20_000, undefined, { ref: false }),
      ]);
      if (gone === undefined) child.kill('SIGKILL');
    },
  };
}
