import {
  CheckDescription,
  CheckResult,
  FailedCounts,
  Verdict,
  verdictOf,
} from '@aidlc/plugin-mlops-common';
import {
  CheckContext,
  ComplianceCheck,
  Evidence,
} from '@aidlc/plugin-mlops-node';
import { ComplianceProfiles, severityUnder } from './ComplianceProfiles';
import {
  complianceScore,
  failedCounts,
  missingEvidenceCount,
} from './complianceScore';

export interface ComplianceEvaluation {
  profile: string;
  verdict: Verdict;
  score: number;
  failed: FailedCounts;
  missingEvidence: number;
  checks: CheckResult[];
}

/** Runs the checks of an entity's profile against its evidence. Pure: no I/O. */
export class ComplianceEngine {
  constructor(
    private readonly checks: ComplianceCheck[],
    private readonly profiles: ComplianceProfiles,
  ) {
    const seen = new Set<string>();
    for (const check of checks) {
      if (seen.has(check.id))
        throw new Error(`Duplicate compliance check id "${check.id}"`);
      seen.add(check.id);
    }
  }

  listChecks(): CheckDescription[] {
    return this.checks.map(
      ({ evaluate: _evaluate, ...description }) => description,
    );
  }

  /** @throws InputError when the entity names an unknown profile */
  evaluate(evidence: Evidence, context: CheckContext): ComplianceEvaluation {
    const profile = this.profiles.get(context.target.profile);
    const checks = this.checks
      .filter(check => !profile.exclude.includes(check.id))
      .map((check): CheckResult => {
        const { evaluate, description: _description, ...shown } = check;
        const result = { ...shown, severity: severityUnder(profile, check) };
        try {
          return { ...result, ...evaluate(evidence, context) };
        } catch (error) {
          // A check added by a module may throw; it must not hide the others' results.
          return {
            ...result,
            status: 'error',
            message: `Check failed: ${error}`,
          };
        }
      });
    const failed = failedCounts(checks);
    const missingEvidence = missingEvidenceCount(checks);
    return {
      profile: profile.name,
      verdict: verdictOf({ failed, missingEvidence }),
      score: complianceScore(checks),
      failed,
      missingEvidence,
      checks,
    };
  }
}
