import {
  CheckDescription,
  FleetRow,
  SEVERITIES,
  VERDICT_TEXT,
} from '@aidlc/plugin-mlops-common';
import { csvLine } from './csvLine';

/**
 * The fleet view as CSV, one row per entity, for a person reading it in a spreadsheet: the verdict
 * as the portal names it, failed checks by title with their severity.
 */
export function fleetCsv(
  rows: Omit<FleetRow, 'trend'>[],
  checks: CheckDescription[],
): string {
  const byId = new Map(checks.map(check => [check.id, check]));
  const named = (id: string) => {
    const check = byId.get(id);
    return check ? `${check.title} (${check.severity})` : id;
  };
  const header = [
    'entityRef',
    'title',
    'owner',
    'system',
    'profile',
    'verdict',
    'score',
    ...SEVERITIES.map(s => `failed_${s}`),
    'missingEvidence',
    'failedChecks',
    'driftStatus',
    'evaluatedAt',
    'stale',
  ];
  const lines = rows.map(row =>
    [
      row.entityRef,
      row.title,
      row.owner,
      row.system,
      row.profile,
      VERDICT_TEXT[row.verdict].label,
      row.score,
      ...SEVERITIES.map(s => row.failed[s]),
      row.missingEvidence,
      row.failedChecks.map(named).join('; '),
      row.driftStatus,
      row.evaluatedAt,
      row.stale,
    ].map(csvLine.field),
  );
  return csvLine.document(header, lines);
}
