import {
  CheckResult,
  DriftStatus,
  Verdict,
  EndpointDrift,
  FailedCounts,
  ModelGroup,
  ReportSummary,
  StageLifecycle,
} from '@aidlc/plugin-mlops-common';
import { Evidence } from '@aidlc/plugin-mlops-node';

/** Catalog facts about an entity, kept beside its snapshot for fleet views and permission rules. */
export interface EntityFacts {
  entityRef: string;
  title: string;
  /** Full entity ref, lower case */
  owner: string;
  /** Full entity ref, lower case */
  system?: string;
  profile: string;
  dataClassification?: string;
  /** Who may approve its model versions: full entity refs, lower case */
  approvers: string[];
}

/** Freshness and the outcome of the last evaluation: everything of a snapshot but its documents. */
export interface SnapshotSummary extends EntityFacts {
  /** Last successful read; absent when no read has succeeded yet */
  refreshedAt?: Date;
  evaluatedAt?: Date;
  stale: boolean;
  error?: string;
  verdict: Verdict;
  score: number;
  failed: FailedCounts;
  /** Critical and high checks without evidence (see missingEvidenceCount) */
  missingEvidence: number;
  driftStatus: DriftStatus;
}

/** What the store keeps of one entity: the last good data and how fresh it is. */
export interface EntitySnapshot extends SnapshotSummary {
  models: ModelGroup[];
  endpoints: EndpointDrift[];
  checks: CheckResult[];
  evidence: Evidence;
  /** The newest pipeline report of each kind the evaluation read */
  reports: ReportSummary[];
  /** The six AIDLC stages with their signals */
  stages: StageLifecycle[];
}

/** The parts of a snapshot that entity routes serve. */
export type SnapshotPart = 'models' | 'endpoints' | 'checks' | 'lifecycle';
