import { everyMember } from './everyMember';
import { FailedCounts, Verdict } from './types';

/** Verdicts, worst first: the fleet's default order. @public */
export const VERDICTS = everyMember<Verdict>()(
  'blocked',
  'at_risk',
  'evidence_missing',
  'passing',
  'not_evaluated',
);

/** What each verdict is called in the portal, and what it means for shipping. @public */
export const VERDICT_TEXT: Record<Verdict, { label: string; meaning: string }> =
  {
    blocked: { label: 'Blocked', meaning: 'A critical check fails' },
    at_risk: { label: 'At risk', meaning: 'A high-severity check fails' },
    evidence_missing: {
      label: 'Evidence missing',
      meaning: 'The pipeline has not submitted a report a check needs',
    },
    passing: {
      label: 'Passing',
      meaning: 'No critical or high check fails and no report is missing',
    },
    not_evaluated: {
      label: 'Not evaluated',
      meaning: 'Waiting for its first evaluation',
    },
  };

/**
 * The verdict of an evaluation: its worst failure decides, a missing report counts below a high
 * failure, medium and low findings alone still pass.
 * @public
 */
export function verdictOf(outcome?: {
  failed: FailedCounts;
  missingEvidence: number;
}): Verdict {
  if (!outcome) return 'not_evaluated';
  if (outcome.failed.critical > 0) return 'blocked';
  if (outcome.failed.high > 0) return 'at_risk';
  if (outcome.missingEvidence > 0) return 'evidence_missing';
  return 'passing';
}
