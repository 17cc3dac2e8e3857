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
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const [unit, size] = UNITS.find(([, s]) => Math.abs(ms) >= s) ?? UNITS[2];
  return format.format(Math.round(ms / size), unit);
}

/** A timestamp of the API: the date and time with its zone, how long ago on hover. */
export function Timestamp({ iso }: { iso: string }) {
  return (
    <Tooltip title={relativeTime(iso)}>
      <time dateTime={iso}>{formatTimestamp(iso)}</time>
    </Tooltip>
  );
}
