import {
  CheckResult,
  LifecycleStage,
  SignalStatus,
} from '@aidlc/plugin-mlops-common';
import { CheckContext } from './ComplianceCheck';
import { Evidence } from './Evidence';

/** Everything a lifecycle signal may look at besides the evidence. @public */
export interface SignalContext extends CheckContext {
  /** The results of the compliance checks of the same evaluation */
  checks: CheckResult[];
  /** When the evaluation runs: signals about recency measure from it */
  now: Date;
}

/** What a signal found. @public */
export interface SignalOutcome {
  status: SignalStatus;
  /** What was found, in a sentence */
  message?: string;
  /** The resources it is about (names or ARNs), comma-separated */
  resource?: string;
  /** The evidence the signal read */
  evidence?: unknown;
}

/**
 * One sign that a stage of the AI development life cycle is in place: data plus a pure function of
 * the evidence and the checks' results, like a compliance check. `evaluate` must not throw for
 * missing data: it answers `unknown` when the evidence could not be read.
 * @public
 */
export interface LifecycleSignal {
  id: string;
  stage: LifecycleStage;
  title: string;
  /** What to do to put it in place */
  howTo: string;
  /** The compliance check whose result it reuses, when it does */
  checkId?: string;
  evaluate(evidence: Evidence, context: SignalContext): SignalOutcome;
}

/**
 * A signal that a compliance check already answers: a pass is in place, a failure missing, a check
 * without evidence (or left out by the profile) unknown.
 * @public
 */
export function signalFromCheck(
  signal: Omit<LifecycleSignal, 'evaluate' | 'checkId'> & {
    checkId: string;
    /** What a check that does not apply means for the stage (default: missing) */
    notApplicable?: SignalStatus | ((evidence: Evidence) => SignalStatus);
  },
): LifecycleSignal {
  const { notApplicable = 'missing', ...described } = signal;
  return {
    ...described,
    evaluate: (evidence, { checks }) => {
      const check = checks.find(c => c.id === signal.checkId);
      if (!check) {
        return {
          status: 'unknown',
          message: `The compliance profile leaves out the check ${signal.checkId}`,
        };
      }
      const status: SignalStatus = {
        pass: 'in_place' as const,
        fail: 'missing' as const,
        not_applicable:
          typeof notApplicable === 'function'
            ? notApplicable(evidence)
            : notApplicable,
        error: 'unknown' as const,
        missing_evidence: 'unknown' as const,
      }[check.status];
      return {
        status,
        ...(check.message ? { message: check.message } : {}),
        ...(check.resource ? { resource: check.resource } : {}),
      };
    },
  };
}
