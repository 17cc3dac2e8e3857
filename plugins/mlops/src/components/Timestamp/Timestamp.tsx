import Tooltip from '@material-ui/core/Tooltip';

const ABSOLUTE: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** A time as the portal writes it: in the reader's time zone, with the zone named. */
export function formatTimestamp(time: string | number): string {
  return new Date(time).toLocaleString(undefined, ABSOLUTE);
}

/** How long ago (or from now) a time is, e.g. "3 hours ago". */
export function relativeTime(time: string | number, now = Date.now()): string {
  const ms = new Date(time).getTime() - now;
  if (Math.abs(ms) < UNITS[2][1]) return 'just now';
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const [unit, size] = UNITS.find(([, s]) => Math.abs(ms) >= s) ?? UNITS[2];
  return format.format(Math.round(ms / size), unit);
}

/** A timestamp of the API: how long ago, with the date and time in the reader's zone on hover. */
export function Timestamp({ iso }: { iso: string }) {
  return (
    <Tooltip title={formatTimestamp(iso)}>
      <time dateTime={iso}>{relativeTime(iso)}</time>
    </Tooltip>
  );
}
