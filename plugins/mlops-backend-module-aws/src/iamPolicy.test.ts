import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name.startsWith('__') ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('iam-policy.json', () => {
  it('grants every action the source calls, and nothing that writes', () => {
    const policy = JSON.parse(
      readFileSync(resolve(__dirname, '../iam-policy.json'), 'utf8'),
    );
    const granted = new Set<string>(
      policy.Statement.flatMap((s: { Action: string[] }) => s.Action),
    );
    const code = sources(__dirname)
      .map(file => readFileSync(file, 'utf8'))
      .join('\n');
    const called = new Set([
      ...[...code.matchAll(/'([a-z0-9]+:[A-Z][A-Za-z]+)'/g)].map(m => m[1]),
      // Monitoring job definitions: the action is chosen by the schedule's type.
      ...[...code.matchAll(/: '(Describe\w+JobDefinition)'/g)].map(
        m => `sagemaker:${m[1]}`,
      ),
    ]);
    expect(called.size).toBeGreaterThan(30);
    expect([...called].filter(action => !granted.has(action))).toEqual([]);
    expect([...granted].filter(action => !called.has(action))).toEqual([]);
    expect([...granted].filter(a => !/:(Get|List|Describe)/.test(a))).toEqual(
      [],
    );
  });
});
