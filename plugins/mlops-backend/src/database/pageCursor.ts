import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** The type of each sort key of a page, in order. */
export type CursorKeyTypes = readonly ('string' | 'number')[];

const keySchema = { string: z.string().max(1024), number: z.number().finite() };

/**
 * Keyset pagination: the cursor carries the sort key of the last row of a page and the sort it
 * belongs to. It is opaque to callers and checked against the sort's key types when it comes back,
 * so a cursor of another sort, a hand-made one or a `null` is a 400, never a failed query.
 */
export function encodeCursor(sort: string, key: unknown[]): string {
  return Buffer.from(JSON.stringify({ sort, key })).toString('base64url');
}

export function decodeCursor(
  cursor: string,
  sort: string,
  types: CursorKeyTypes,
): (string | number)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const shape = z.object({
    sort: z.string(),
    key: z.tuple(types.map(t => keySchema[t]) as unknown as [z.ZodType]),
  });
  const result = shape.safeParse(parsed);
  if (!result.success) {
    throw new InputError(
      'Invalid cursor: pass nextCursor of a previous page unchanged',
    );
  }
  if (result.data.sort !== sort) {
    throw new InputError('Invalid cursor: it belongs to another sort order');
  }
  return result.data.key as (string | number)[];
}
