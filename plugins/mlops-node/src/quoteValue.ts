/** Longest part of an outside value that a message quotes. */
const QUOTED_LENGTH = 64;

/**
 * An outside value as a message quotes it: JSON-escaped (so control characters show as escapes) and
 * cut to a short prefix that says how long the whole value was, so a 10,000-character annotation
 * never ends up in logs or stored errors.
 * @public
 */
export function quoteValue(value: string): string {
  if (value.length <= QUOTED_LENGTH) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, QUOTED_LENGTH))}… (${
    value.length
  } characters)`;
}
