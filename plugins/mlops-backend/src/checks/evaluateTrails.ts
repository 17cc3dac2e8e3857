import {
  CheckOutcome,
  Evidence,
  TrailEvidence,
} from '@aidlc/plugin-mlops-node';

/** Account-level trail checks: at least one trail must do what `passes` asks. */
export function evaluateTrails(
  evidence: Evidence,
  passes: (trail: TrailEvidence) => boolean,
  failure: string,
): CheckOutcome {
  const gap = evidence.gaps?.cloudTrail;
  if (gap) return { status: 'error', message: gap };
  if (!evidence.cloudTrail) {
    return {
      status: 'error',
      message: 'The source gave no CloudTrail evidence',
    };
  }
  const trails = evidence.cloudTrail.trails;
  const good = trails.filter(passes);
  return good.length > 0
    ? {
        status: 'pass',
        resource: good.map(t => t.name).join(', '),
        evidence: good,
      }
    : { status: 'fail', message: failure, evidence: trails };
}
