import {
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

export const TEMPLATE_DIR = resolve(
  __dirname,
  '../../../../templates/secure-ml-service',
);

/** Values a user would enter in the form. */
export const VALUES = {
  name: 'payment-risk-scorer',
  description: 'Scores card payments for fraud risk in real time',
  owner: 'group:default/fraud-ml',
  system: 'system:default/secure-ml-platform',
  awsAccountId: '111122223333',
  region: 'eu-west-1',
  dataClassification: 'restricted',
  framework: 'xgboost',
  inferenceMode: 'real-time',
  deploymentStrategy: 'linear',
  driftThreshold: 0.15,
  monitoringSchedule: 'rate(30 minutes)',
  apiFront: true,
  apiDomainName: 'scores.payments.example.com',
  publishTo: 'github',
  repoUrl: 'github.com?owner=acme&repo=payment-risk-scorer',
};

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

/** The template's folder as the dry-run API takes it. */
export function templateContents() {
  return filesOf(TEMPLATE_DIR)
    .filter(path => !path.endsWith('template.yaml'))
    .map(path => ({
      path: relative(TEMPLATE_DIR, path),
      base64Content: readFileSync(path).toString('base64'),
    }));
}

/** Writes a dry run's rendered files into a new folder. */
export function writeTree(
  files: { path: string; base64Content: string }[],
): string {
  const dir = mkdtempSync(join(tmpdir(), 'secure-ml-service-'));
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, Buffer.from(file.base64Content, 'base64'));
  }
  return dir;
}
