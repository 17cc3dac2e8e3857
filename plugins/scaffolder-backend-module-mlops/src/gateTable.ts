import { SEVERITIES } from '@aidlc/plugin-mlops-common';
import { GateReport } from './runPolicyGate';
import { TerraformRule } from './TerraformRule';

/** A Markdown table cell: no pipe or line break may end it early. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/**
 * The gate's report as a Markdown table for the template's review: every control, worst severity
 * first, passed or the resources that break it.
 */
export function gateTable(report: GateReport, rules: TerraformRule[]): string {
  const rows = [...rules]
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        a.id.localeCompare(b.id),
    )
    .map(rule => {
      const found = report.violations.filter(v => v.rule === rule.id);
      const result = found.length
        ? `✗ ${found.map(v => v.resource ?? v.message).join(', ')}`
        : '✓ passed';
      return `| ${cell(rule.title)} | \`${rule.id}\` | ${
        rule.severity
      } | ${cell(result)} |`;
    });
  return [
    `${report.filesChecked} Terraform files checked, ${report.violations.length} violation(s); fails on ${report.failOn} or worse.`,
    '',
    '| Control | Rule | Severity | Result |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
