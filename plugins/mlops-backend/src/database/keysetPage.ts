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

/** The key columns of each order a list offers; the last column of each is unique. */
export type SortKeys<O extends string> = Record<
  O,
  { columns: string[]; types: KeysetSort['types'] }
>;

/** The sort a query asks for: `fallback` unless it names one of `keys`, ascending unless told. */
export function sortOf<O extends string>(
  keys: SortKeys<O>,
  fallback: O,
  query: { orderBy?: O; order?: 'asc' | 'desc' },
): KeysetSort {
  const orderBy = query.orderBy ?? fallback;
  const order = query.order ?? 'asc';
  return { name: `${orderBy}:${order}`, order, ...keys[orderBy] };
}

/** One page of `filtered` (see `keysetPage`) and how many rows match the filters in all. */
export async function countedPage<Row extends Record<string, any>>(
  filtered: Knex.QueryBuilder,
  options: Parameters<typeof keysetPage>[1],
): Promise<{ rows: Row[]; nextCursor?: string; totalItems: number }> {
  const [totalItems, page] = await Promise.all([
    countRows(filtered),
    keysetPage<Row>(filtered, options),
  ]);
  return { ...page, totalItems };
}

/** The first `limit` rows of `filtered` in the sort's order: what an export holds. */
export function sortedRows(
  filtered: Knex.QueryBuilder,
  sort: KeysetSort,
  select: string[],
  limit: number,
): Knex.QueryBuilder {
  return filtered
    .select(select)
    .orderBy(sort.columns.map(column => ({ column, order: sort.order })))
    .limit(limit);
}
