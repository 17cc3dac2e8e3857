import { Knex } from 'knex';
import { CursorKeyTypes, decodeCursor, encodeCursor } from './pageCursor';

/** How a list is sorted: its name (carried in the cursor), the key columns and their types. */
export interface KeysetSort {
  name: string;
  columns: string[];
  types: CursorKeyTypes;
  order: 'asc' | 'desc';
}

/** Rows of a page, how many match the filters, and the cursor of the next page. */
export interface Page<T> {
  items: T[];
  totalItems: number;
  nextCursor?: string;
}

/**
 * One page of `filtered`, sorted by the key columns (the last one unique), after the row the cursor
 * names. Reads one row more than the limit to know whether another page follows.
 */
export async function keysetPage<Row extends Record<string, any>>(
  filtered: Knex.QueryBuilder,
  options: {
    sort: KeysetSort;
    select: string[];
    limit: number;
    cursor?: string;
  },
): Promise<{ rows: Row[]; nextCursor?: string }> {
  const { sort, limit, cursor } = options;
  const page = filtered
    .clone()
    .select(options.select)
    .orderBy(sort.columns.map(column => ({ column, order: sort.order })))
    .limit(limit + 1);
  if (cursor) {
    const key = decodeCursor(cursor, sort.name, sort.types);
    const columns = sort.columns.map(() => '??').join(', ');
    const values = sort.columns.map(() => '?').join(', ');
    page.whereRaw(
      `(${columns}) ${sort.order === 'asc' ? '>' : '<'} (${values})`,
      [...sort.columns, ...key],
    );
  }
  const rows: Row[] = await page;
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    rows: items,
    nextCursor:
      rows.length > limit
        ? encodeCursor(
            sort.name,
            sort.columns.map(c => last[c]),
          )
        : undefined,
  };
}

/** How many rows match the filters. */
export async function countRows(filtered: Knex.QueryBuilder): Promise<number> {
  const [{ count }] = await filtered.clone().count({ count: '*' });
  return Number(count);
}
