import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/**
 * Reads a fixture (with names replaced, for another resource of the same shape): responses with the member names and nesting of the AWS API reference, timestamps
 * written as ISO strings and turned into the `Date`s the SDK gives.
 */
export function fixture<T = any>(
  name: string,
  rename: Record<string, string> = {},
): T {
  let text = readFileSync(
    resolve(__dirname, '../__fixtures__', `${name}.json`),
    'utf8',
  );
  for (const [from, to] of Object.entries(rename)) {
    text = text.split(from).join(to);
  }
  return JSON.parse(text, (key, value) =>
    typeof value === 'string' &&
    ISO_TIME.test(value) &&
    /(Time|Date|At)$/i.test(key)
      ? new Date(value)
      : value,
  );
}
