import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { spec } from './openapi.generated';

describe('generated from openapi.yaml (run `yarn generate:openapi` after editing it)', () => {
  it('the router spec matches the YAML', () => {
    const yaml = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));
    expect(spec).toEqual(yaml);
  });

  it('the router spec and the client types in mlops-common are up to date', () => {
    const script = join(__dirname, '../../scripts/generate-openapi.mjs');
    expect(() =>
      execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
