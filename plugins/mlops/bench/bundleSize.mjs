// The frontend plugin's weight in the app: its own code, and its code with the dependencies it brings
// that a Backstage app does not already ship (recharts, react-use, the API client...), minified and
// gzipped as the app's bundler would serve them. Prints figures; the target is 150 KB gzip.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entryPoints = ['src/alpha.tsx', 'src/index.ts'];
const print = line => process.stdout.write(`${line}\n`);
/** What every Backstage app already has: not the plugin's weight. */
const SHARED = [
  'react',
  'react-dom',
  'react-router-dom',
  '@backstage/*',
  '@material-ui/*',
  '@material-table/*',
];

async function measure(title, external) {
  const outdir = mkdtempSync(join(tmpdir(), 'mlops-bundle-'));
  await build({
    entryPoints,
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    jsx: 'automatic',
    outdir,
    logLevel: 'error',
    ...external,
  });
  let minified = 0;
  let gzipped = 0;
  for (const file of readdirSync(outdir)) {
    const bytes = readFileSync(join(outdir, file));
    minified += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  const kb = n => `${(n / 1024).toFixed(1)} KB`;
  print(`${title}: ${kb(minified)} minified, ${kb(gzipped)} gzip`);
  return gzipped;
}

await measure('plugin code alone', { packages: 'external' });
const total = await measure('plugin with the dependencies it brings', {
  external: SHARED,
});
print(`target: 150 KB gzip -> ${total <= 150 * 1024 ? 'met' : 'NOT met'}`);
