import {
  CheckResult,
  DriftStatus,
  EndpointDrift,
  Evidence,
  FailedCounts,
  ModelGroup,
} from '@aidlc/plugin-mlops-common';

/** What the store keeps of one entity: the last good data and how fresh it is. */
export interface EntitySnapshot {
  entityRef: string;
  title: string;
  owner: string;
  system?: string;
  profile: string;
  /** Last successful read; absent when no read has succeeded yet */
  refreshedAt?: Date;
  evaluatedAt?: Date;
  stale: boolean;
  error?: string;
  score: number;
  failed: FailedCounts;
  driftStatus: DriftStatus;
  models: ModelGroup[];
  endpoints: EndpointDrift[];
  checks: CheckResult[];
  evidence: Evidence;
}

/** Catalog facts about an entity, kept beside its snapshot for the fleet view. */
export type EntityFacts = Pick<
  EntitySnapshot,
  'entityRef' | 'title' | 'owner' | 'system' | 'profile'
>;
