import {
  ContainerScanReport,
  PolicyGateReport,
  ReportSummary,
  SEVERITIES,
} from '@aidlc/plugin-mlops-common';
import { SubmittedEvidence } from '@aidlc/plugin-mlops-node';

/** One line a person reads about a report: what it found. */
export function summarizeReport(
  report: Omit<PolicyGateReport, 'kind'> | Omit<ContainerScanReport, 'kind'>,
): string {
  if ('image' in report) {
    return `${report.image}: ${report.critical} critical, ${report.high} high vulnerabilities`;
  }
  const counts = SEVERITIES.map(
    severity =>
      [
        severity,
        report.violations.filter(v => v.severity === severity).length,
      ] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`);
  const found =
    report.violations.length === 0
      ? 'no violations'
      : counts.join(', ') || 'info only';
  return `${report.passed ? 'passed' : 'failed'}: ${found}`;
}

/** The newest report of each kind an evaluation read, as the compliance view lists them. */
export function reportSummaries(
  submitted: SubmittedEvidence = {},
): ReportSummary[] {
  const { policyGate, containerScan } = submitted;
  return [
    ...(containerScan
      ? [{ kind: 'container-scan' as const, report: containerScan }]
      : []),
    ...(policyGate
      ? [{ kind: 'policy-gate' as const, report: policyGate }]
      : []),
  ].map(({ kind, report }) => ({
    kind,
    tool: report.tool,
    submittedAt: report.submittedAt,
    ...(report.submittedBy ? { submittedBy: report.submittedBy } : {}),
    summary: summarizeReport(report),
  }));
}
