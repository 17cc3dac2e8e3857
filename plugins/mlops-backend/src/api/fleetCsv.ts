import { FleetRow, SEVERITIES } from '@aidlc/plugin-mlops-common';

/** RFC 4180 field; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
function field(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The fleet view as CSV, one row per entity. */
export function fleetCsv(rows: FleetRow[]): string {
  const header = [
    'entityRef',
    'title',
    'owner',
    'system',
    'profile',
    'score',
    ...SEVERITIES.map(s => `failed_${s}`),
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
      row.score,
      ...SEVERITIES.map(s => row.failed[s]),
      row.failedChecks.join(' '),
      row.driftStatus,
      row.evaluatedAt,
      row.stale,
    ]
      .map(field)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
