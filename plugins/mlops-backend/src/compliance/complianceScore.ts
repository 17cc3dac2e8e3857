import {
  CheckResult,
  FailedCounts,
  Severity,
} from '@aidlc/plugin-mlops-common';

/** How much a check of each severity weighs in the score. */
const WEIGHTS: Record<Severity, number> = {
  critical: 10,
  high: 5,
  medium: 2,
  low: 1,
};

/**
 * Share of the applicable weight that passed, 0-100. An `error` or `missing_evidence` counts as not
 * passed: a check that could not read its evidence proves nothing. With nothing applicable the score
 * is 100.
 */
export function complianceScore(checks: CheckResult[]): number {
  let total = 0;
  let passed = 0;
  for (const check of checks) {
    if (check.status === 'not_applicable') continue;
    total += WEIGHTS[check.severity];
    if (check.status === 'pass') passed += WEIGHTS[check.severity];
  }
  return total === 0 ? 100 : Math.round((100 * passed) / total);
}

/**
 * Critical and high checks without evidence: no report from the project's pipeline, or evidence the
 * source could not read (`error`). Such a check proves nothing, so the service cannot pass; medium
 * and low ones weigh in the score only, as their failures do.
 */
export function missingEvidenceCount(checks: CheckResult[]): number {
  return checks.filter(
    check =>
      (check.status === 'missing_evidence' || check.status === 'error') &&
      (check.severity === 'critical' || check.severity === 'high'),
  ).length;
}

export function failedCounts(checks: CheckResult[]): FailedCounts {
  const counts: FailedCounts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const check of checks) {
    if (check.status === 'fail') counts[check.severity] += 1;
  }
  return counts;
}
