import { ReportSummary } from '@aidlc/plugin-mlops-common';
import { SnapshotPart, SnapshotSummary } from '../database/EntitySnapshot';

/** Keys of an entity route's answer, with the stored part each holds. */
export type EntityParts = Record<string, SnapshotPart>;

/**
 * What each entity route answers with, by the keys the OpenAPI spec gives them: the whole entity
 * for the ML tab, or one part of it.
 */
export const ENTITY_PARTS = {
  whole: {
    groups: 'models',
    endpoints: 'endpoints',
    checks: 'checks',
    stages: 'lifecycle',
  },
  models: { groups: 'models' },
  drift: { endpoints: 'endpoints' },
  compliance: { checks: 'checks' },
  lifecycle: { stages: 'lifecycle' },
} satisfies Record<string, EntityParts>;

/**
 * The JSON text of an entity route's answer: the freshness, the compliance outcome when the checks
 * are asked for, and each stored part spliced in as the text the store holds.
 */
export function entityAnswer(
  entityRef: string,
  stored: {
    summary: SnapshotSummary;
    json: Partial<Record<SnapshotPart, string>>;
    reports: ReportSummary[];
  },
  parts: EntityParts,
): string {
  const { summary } = stored;
  const fields = {
    entityRef,
    refreshedAt: summary.refreshedAt?.toISOString(),
    stale: summary.stale,
    error: summary.error,
    // When the checks and the stages were evaluated (together)
    ...((parts.checks || parts.stages) && {
      evaluatedAt: summary.evaluatedAt?.toISOString(),
    }),
    ...(parts.checks && {
      profile: summary.profile,
      verdict: summary.verdict,
      score: summary.score,
      failed: summary.failed,
      missingEvidence: summary.missingEvidence,
      reports: stored.reports,
    }),
  };
  const spliced = Object.entries(parts).map(
    ([key, part]) => `,${JSON.stringify(key)}:${stored.json[part]}`,
  );
  return `${JSON.stringify(fields).slice(0, -1)}${spliced.join('')}}`;
}
