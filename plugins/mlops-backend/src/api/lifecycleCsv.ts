import {
  LIFECYCLE_STAGES,
  LifecycleRow,
  SIGNAL_STATUS_TEXT,
  STAGE_TEXT,
} from '@aidlc/plugin-mlops-common';
import { csvLine } from './csvLine';

/** The fleet lifecycle view as CSV: one row per service, one column per stage as the portal names it. */
export function lifecycleCsv(rows: LifecycleRow[]): string {
  const header = [
    'entityRef',
    'title',
    'owner',
    'system',
    ...LIFECYCLE_STAGES.map(stage => STAGE_TEXT[stage].label),
    'stagesInPlace',
    'evaluatedAt',
    'stale',
  ].map(csvLine.field);
  const lines = rows.map(row =>
    [
      row.entityRef,
      row.title,
      row.owner,
      row.system,
      ...LIFECYCLE_STAGES.map(stage => SIGNAL_STATUS_TEXT[row.stages[stage]]),
      row.inPlace,
      row.evaluatedAt,
      row.stale,
    ].map(csvLine.field),
  );
  return csvLine.document(header, lines);
}
