import { EvidenceSubmission, SEVERITIES } from '@aidlc/plugin-mlops-common';
import { EvidenceReport } from '../database/EvidenceStore';

/** One line a person reads about a report: what it found. */
function summaryOf(submission: EvidenceSubmission): string {
  if (submission.kind === 'container-scan') {
    return `${submission.image}: ${submission.critical} critical, ${submission.high} high vulnerabilities`;
  }
  const counts = SEVERITIES.map(
    severity =>
      [
        severity,
        submission.violations.filter(v => v.severity === severity).length,
      ] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`);
  return `${submission.passed ? 'passed' : 'failed'}: ${
    submission.violations.length === 0
      ? 'no violations'
      : `${counts.join(', ') || 'info only'}`
  }`;
}

/** The report to keep for a validated submission of the entity's pipeline. */
export function evidenceReport(
  entityRef: string,
  submittedBy: string,
  submission: EvidenceSubmission,
): EvidenceReport {
  const { kind, ...payload } = submission;
  return {
    entityRef,
    kind,
    tool: submission.tool,
    submittedBy,
    submittedAt: new Date(),
    summary: summaryOf(submission),
    payload,
  };
}
