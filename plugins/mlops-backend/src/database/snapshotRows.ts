import {
  FailedCounts,
  LIFECYCLE_STAGES,
  StageLifecycle,
  StageStatuses,
  VERDICTS,
} from '@aidlc/plugin-mlops-common';
import { EntityFacts, SnapshotSummary } from './EntitySnapshot';

/** Columns of a snapshot's summary: everything but the large JSON documents. */
export const SUMMARY_COLUMNS = [
  'entity_ref',
  'title',
  'owner',
  'system',
  'profile',
  'data_classification',
  'approvers',
  'refreshed_at',
  'evaluated_at',
  'stale',
  'error',
  'verdict_rank',
  'score',
  'failed_critical',
  'failed_high',
  'failed_medium',
  'failed_low',
  'missing_evidence',
  'failed_checks',
  'drift_status',
];

export function toDate(value: unknown): Date | undefined {
  if (value === null || value === undefined) return undefined;
  return value instanceof Date ? value : new Date(value as string | number);
}

function failedOf(row: Record<string, number>): FailedCounts {
  return {
    critical: Number(row.failed_critical),
    high: Number(row.failed_high),
    medium: Number(row.failed_medium),
    low: Number(row.failed_low),
  };
}

/** The summary of a stored snapshot row. */
export function summaryOf(row: any): SnapshotSummary {
  return {
    entityRef: row.entity_ref,
    title: row.title,
    owner: row.owner,
    system: row.system ?? undefined,
    profile: row.profile,
    dataClassification: row.data_classification ?? undefined,
    approvers: String(row.approvers ?? '')
      .split(',')
      .filter(Boolean),
    refreshedAt: toDate(row.refreshed_at),
    evaluatedAt: toDate(row.evaluated_at),
    stale: Boolean(row.stale),
    error: row.error ?? undefined,
    verdict: VERDICTS[Number(row.verdict_rank)] ?? 'not_evaluated',
    score: row.score,
    failed: failedOf(row),
    missingEvidence: Number(row.missing_evidence),
    driftStatus: row.drift_status,
  };
}

/** The catalog facts as columns of the snapshot row. */
export function factColumns(facts: EntityFacts) {
  return {
    title: facts.title,
    owner: facts.owner,
    system: facts.system ?? null,
    profile: facts.profile,
    data_classification: facts.dataClassification ?? null,
    approvers: facts.approvers.length ? `,${facts.approvers.join(',')},` : '',
  };
}

/** The lifecycle as columns: the document, each stage's status and how many are in place. */
export function stageColumns(stages: StageLifecycle[]) {
  return {
    lifecycle: JSON.stringify(stages),
    ...Object.fromEntries(stages.map(s => [`stage_${s.stage}`, s.status])),
    stages_in_place: stages.filter(s => s.status === 'in_place').length,
  };
}

/** The columns of each stage's status, in stage order. */
export const STAGE_COLUMNS = LIFECYCLE_STAGES.map(stage => `stage_${stage}`);

/** The status of each stage of a stored row. */
export function stageStatusesOf(row: any): StageStatuses {
  return Object.fromEntries(
    LIFECYCLE_STAGES.map(stage => [stage, row[`stage_${stage}`]]),
  ) as StageStatuses;
}
