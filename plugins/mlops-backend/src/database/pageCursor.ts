import { InputError } from '@backstage/errors';

/**
 * Keyset pagination: the cursor carries the sort key of the last row of a page and the sort it
 * belongs to, so a cursor used with another sort is refused instead of skipping rows.
 */
export function encodeCursor(sort: string, key: unknown[]): string {
  return Buffer.from(JSON.stringify({ sort, key })).toString('base64url');
}

export function decodeCursor(
  cursor: string,
  sort: string,
  keyLength: number,
): unknown[] {
  let parsed: { sort?: unknown; key?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InputError(
      'Invalid cursor: pass nextCursor of a previous page unchanged',
    );
  }
  if (parsed.sort !== sort) {
    throw new InputError('Invalid cursor: it belongs to another sort order');
  }
  if (!Array.isArray(parsed.key) || parsed.key.length !== keyLength) {
    throw new InputError(
      'Invalid cursor: pass nextCursor of a previous page unchanged',
    );
  }
  return parsed.key;
}
