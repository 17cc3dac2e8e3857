import {
  PolicyGateReport,
  PolicyViolation,
  SEVERITIES,
  Severity,
} from '@aidlc/plugin-mlops-common';
import { terraformRules } from './rules';
import { TerraformModel } from './TerraformModel';
import { TerraformRule } from './TerraformRule';

/** One broken control, with where it was found. */
export type Violation = PolicyViolation & {
  severity: Severity;
  message: string;
};

/**
 * The gate's report: a `policy-gate` body of the mlops evidence route, so a project's CI can post it
 * as it is.
 */
export interface GateReport
  extends Omit<
    PolicyGateReport,
    'tool' | 'failOn' | 'filesChecked' | 'violations'
  > {
  tool: 'mlops:terraform:check';
  failOn: Severity;
  filesChecked: number;
  violations: Violation[];
}

export const atLeast = (severity: Severity, threshold: Severity) =>
  SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);

/** Checks the Terraform under `dir`; the gate fails on a violation at or above `failOn`. */
export async function runPolicyGate(
  dir: string,
  failOn: Severity,
  rules: TerraformRule[] = terraformRules,
): Promise<GateReport> {
  const model = await TerraformModel.read(dir);
  const violations = rules.flatMap(rule =>
    rule
      .check(model)
      .map(finding => ({ rule: rule.id, severity: rule.severity, ...finding })),
  );
  return {
    kind: 'policy-gate',
    tool: 'mlops:terraform:check',
    passed: !violations.some(v => atLeast(v.severity, failOn)),
    failOn,
    filesChecked: model.files.length,
    violations,
  };
}
