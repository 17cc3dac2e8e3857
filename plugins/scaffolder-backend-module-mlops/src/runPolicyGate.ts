import { terraformRules } from './rules';
import { TerraformModel } from './TerraformModel';
import { SEVERITIES, Severity, TerraformRule } from './TerraformRule';

/** One broken control, with where it was found. */
export interface Violation {
  rule: string;
  severity: Severity;
  message: string;
  resource?: string;
  file?: string;
}

/**
 * The gate's report. It is a `policy-gate` body of the mlops evidence route, so a project's CI can
 * post it as it is.
 */
export interface PolicyGateReport {
  kind: 'policy-gate';
  tool: 'mlops:terraform:check';
  passed: boolean;
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
): Promise<PolicyGateReport> {
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
