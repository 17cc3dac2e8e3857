import {
  CheckDescription,
  CheckStatus,
  EndpointDrift,
  ModelGroup,
} from '@aidlc/plugin-mlops-common';
import { Evidence } from './Evidence';
import { MlopsTarget } from './MlopsTarget';

/** Everything a check may look at besides the evidence. @public */
export interface CheckContext {
  target: MlopsTarget;
  models: ModelGroup[];
  endpoints: EndpointDrift[];
}

/** What a check found. @public */
export interface CheckOutcome {
  status: CheckStatus;
  /** The resources the outcome is about, failing ones first */
  resource?: string;
  /** A sentence a person can act on */
  message?: string;
  /** The evidence the check read */
  evidence?: unknown;
}

/**
 * A compliance check: data plus a pure function of the evidence. The engine runs it for every
 * entity whose profile includes it; `evaluate` must not throw for missing data (return
 * `not_applicable`, or `error` when the data could not be read) and never reaches out to AWS.
 * @public
 */
export interface ComplianceCheck extends CheckDescription {
  evaluate(evidence: Evidence, context: CheckContext): CheckOutcome;
}
