// Builds the backend bundle and lays it out in a fresh folder with the steps of ../Dockerfile, in
// its order: Yarn and the workspace skeleton, a production-only install, the templates, the bundle
// and the config files. Keep the two in step.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command, args, options) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${
        result.status ?? result.signal
      }):\n${result.stdout?.slice(-4000) ?? ''}\n${
        result.stderr?.slice(-4000) ?? ''
      }`,
    );
  }
}

/** Yarn as the repository pins it (.yarnrc.yml's yarnPath), run on this Node. */
function yarnIn(root) {
  const yarnPath = /^yarnPath:\s*(\S+)/m.exec(
    readFileSync(join(root, '.yarnrc.yml'), 'utf8'),
  )?.[1];
  if (!yarnPath) throw new Error('.yarnrc.yml names no yarnPath');
  return (args, options) =>
    run(process.execPath, [join(root, yarnPath), ...args], options);
}

/** `yarn build:backend`: the backend and the frontend it serves, as dist/{skeleton,bundle}.tar.gz. */
export function buildBackend(repoRoot) {
  yarnIn(repoRoot)(['build:backend'], { cwd: repoRoot });
}

/** The image's /app, in a new temporary folder; returns its path. */
export function unpackLikeDockerfile(repoRoot) {
  const app = mkdtempSync(join(tmpdir(), 'aidlc-artifact-'));
  const dist = join(repoRoot, 'packages/backend/dist');
  const copy = path =>
    cpSync(join(repoRoot, path), join(app, path), { recursive: true });

  // COPY .yarn .yarnrc.yml backstage.json (.dockerignore leaves out .yarn's cache and install state);
  // COPY yarn.lock package.json skeleton.tar.gz
  [
    '.yarn/releases',
    '.yarn/patches',
    '.yarnrc.yml',
    'backstage.json',
    'yarn.lock',
  ].forEach(copy);
  copy('package.json');
  run('tar', ['xzf', join(dist, 'skeleton.tar.gz')], { cwd: app });

  // RUN yarn workspaces focus --all --production (with ENV NODE_ENV=production)
  yarnIn(app)(['workspaces', 'focus', '--all', '--production'], {
    cwd: app,
    env: { ...process.env, NODE_ENV: 'production' },
  });

  // COPY templates; COPY bundle.tar.gz app-config*.yaml; RUN tar xzf bundle.tar.gz
  copy('templates');
  ['app-config.yaml', 'app-config.production.yaml'].forEach(copy);
  run('tar', ['xzf', join(dist, 'bundle.tar.gz')], { cwd: app });
  return app;
}
