import { EvidenceSubmission } from '@aidlc/plugin-mlops-common';
import { EvidenceReport } from '../database/EvidenceStore';
import { summarizeReport } from './reportSummaries';

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
    summary: summarizeReport(payload),
    payload,
  };
}
