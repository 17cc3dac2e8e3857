import { terraformRules } from '@aidlc/plugin-scaffolder-backend-module-mlops';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtInChecks } from '.';

/** The rows of docs/controls.md: control id, severity, gate rule and the three tool ids. */
function controlsTable() {
  const doc = readFileSync(
    resolve(__dirname, '../../../../docs/controls.md'),
    'utf8',
  );
  const cell = (text: string) => {
    const value = text.trim().replace(/`/g, '');
    return value === '—' ? undefined : value;
  };
  return doc
    .split('\n')
    .filter(line => /^\| [^-]/.test(line) && !line.startsWith('| principle'))
    .map(line => {
      const [, id, , severity, gate, awsConfigRule, securityHub, checkov] = line
        .split('|')
        .slice(1, -1)
        .map(cell);
      return { id, severity, gate, awsConfigRule, securityHub, checkov };
    });
}

describe('docs/controls.md', () => {
  const rows = controlsTable();
  const byId = new Map(rows.map(row => [row.id, row]));

  it('lists every runtime check with its severity and the ids of AWS Config, Security Hub and Checkov', () => {
    for (const check of builtInChecks) {
      expect({ id: check.id, ...byId.get(check.id) }).toMatchObject({
        id: check.id,
        severity: check.severity,
        awsConfigRule: check.controls.awsConfigRule,
        securityHub: check.controls.securityHub,
        checkov: check.controls.checkov,
      });
    }
  });

  it('names every gate rule by the id of the runtime check of the same control, at the same severity', () => {
    for (const rule of terraformRules) {
      expect(byId.get(rule.id)).toMatchObject({
        gate: rule.id,
        severity: rule.severity,
      });
    }
    expect(
      rows
        .filter(r => r.gate)
        .map(r => r.gate)
        .sort(),
    ).toEqual(terraformRules.map(r => r.id).sort());
  });
});
