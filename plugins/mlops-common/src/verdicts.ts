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
      meaning:
        'A critical or high check has no evidence: a pipeline report was not submitted, or the source could not read it',
    },
    passing: {
      label: 'Passing',
      meaning: 'Every critical and high check passes with evidence',
    },
    not_evaluated: {
      label: 'Not evaluated',
      meaning: 'Waiting for its first evaluation',
    },
  };

/**
 * The verdict of an evaluation: its worst failure decides, missing evidence counts below a high
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
