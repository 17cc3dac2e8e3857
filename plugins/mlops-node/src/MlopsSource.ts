import {
  ApprovalRequest,
  EndpointDrift,
  ModelGroup,
} from '@aidlc/plugin-mlops-common';
import { Evidence } from './Evidence';
import { MlopsTarget } from './MlopsTarget';

/**
 * What a source read for one entity. Drift status is derived by the backend from the schedules and
 * metrics, so sources report facts only.
 * @public
 */
export interface SourceReading {
  models: ModelGroup[];
  endpoints: Omit<EndpointDrift, 'status'>[];
  evidence: Evidence;
}

/** A source's answer for one entity: its reading, or why it could not read it. @public */
export type SourceOutcome =
  | { entityRef: string; reading: SourceReading }
  | { entityRef: string; error: Error };

/** What the backend asks of every source's read. @public */
export interface ReadOptions {
  /** Aborted when the refresh runs past its timeout: stop calls in flight */
  signal?: AbortSignal;
  /** How far back drift series go (`mlops.drift.lookback`), in milliseconds */
  driftLookbackMs: number;
}

/**
 * Somewhere model versions, monitoring state, drift series and evidence come from (the demo file,
 * AWS accounts, another registry). A refresh calls `read` once with every annotated entity, so a
 * source can batch its calls across entities.
 * @public
 */
export interface MlopsSource {
  /** Unique id, used in logs and in stale-data messages */
  readonly id: string;
  /**
   * Reads the given entities. Return an outcome for each entity this source knows; leave out those
   * it does not. An error for one entity must not fail the others: return it as that entity's
   * outcome. A thrown error marks every entity of this refresh stale.
   */
  read(targets: MlopsTarget[], options: ReadOptions): Promise<SourceOutcome[]>;
  /**
   * Approves or rejects a model version in the registry it lives in. Answer false when this source
   * does not hold the version; throw when it does but could not change it. Sources without
   * a registry they may write to leave it out.
   */
  decideModelVersion?(
    target: MlopsTarget,
    decision: ApprovalChange,
  ): Promise<boolean>;
}

/** A decision on a model version, as the backend hands it to a source. @public */
export interface ApprovalChange extends ApprovalRequest {
  /** Who decided: the Backstage user ref */
  actor: string;
  at: Date;
}
