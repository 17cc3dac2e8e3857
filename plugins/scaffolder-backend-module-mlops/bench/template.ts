/*
 * Template benchmark: dry runs of the Secure ML service template against a running portal (the
 * README's start command; guest sign-in), and the policy gate alone on the rendered skeleton.
 * Prints the times; run with the portal up: yarn workspace @aidlc/plugin-scaffolder-backend-module-mlops bench:template
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runPolicyGate } from '../src/runPolicyGate';
import {
  TEMPLATE_DIR,
  templateContents,
  VALUES,
  writeTree,
} from '../src/__testUtils__/templateFiles';

const BASE = process.env.PORTAL_URL ?? 'http://localhost:7007';
const RUNS = 5;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const refresh = await fetch(`${BASE}/api/auth/guest/refresh`);
  if (!refresh.ok)
    throw new Error(
      `No portal with guest sign-in at ${BASE} (start it with npm run quickstart)`,
    );
  const token = (await refresh.json()).backstageIdentity.token;
  const body = JSON.stringify({
    template: parse(readFileSync(join(TEMPLATE_DIR, 'template.yaml'), 'utf8')),
    values: VALUES,
    secrets: {},
    directoryContents: templateContents(),
  });

  const dryRuns: number[] = [];
  let rendered: { path: string; base64Content: string }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const response = await fetch(`${BASE}/api/scaffolder/v2/dry-run`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
      body,
    });
    if (!response.ok)
      throw new Error(
        `Dry run failed: ${response.status} ${await response.text()}`,
      );
    rendered = (await response.json()).directoryContents;
    dryRuns.push(performance.now() - started);
  }

  const terraform = join(writeTree(rendered), 'terraform');
  const gates: number[] = [];
  let files = 0;
  for (let i = 0; i < RUNS * 2; i++) {
    const started = performance.now();
    files = (await runPolicyGate(terraform, 'low')).filesChecked;
    gates.push(performance.now() - started);
  }
  const ms = (v: number) => `${Math.round(v)} ms`;
  console.log(`| measure | runs | first | median | max |`);
  console.log(`| --- | --- | --- | --- | --- |`);
  console.log(
    `| dry run of the template (${
      rendered.length
    } files rendered, gate included) | ${RUNS} | ${ms(dryRuns[0])} | ${ms(
      median(dryRuns),
    )} | ${ms(Math.max(...dryRuns))} |`,
  );
  console.log(
    `| policy gate on the skeleton (${files} .tf files) | ${
      gates.length
    } | ${ms(gates[0])} | ${ms(median(gates))} | ${ms(Math.max(...gates))} |`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
