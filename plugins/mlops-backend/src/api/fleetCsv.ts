import { FleetRow, SEVERITIES } from '@aidlc/plugin-mlops-common';

/**
 * RFC 4180 field. A cell that starts with a formula lead character (=, +, -, @, tab, carriage return
 * or line feed) is prefixed with a quote, so a spreadsheet shows it as text instead of running it.
 */
function field(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r\n]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The fleet view as CSV, one row per entity. */
export function fleetCsv(rows: Omit<FleetRow, 'trend'>[]): string {
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
