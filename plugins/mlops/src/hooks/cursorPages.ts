import { useCallback, useMemo, useState } from 'react';
import { Query, QueryResult } from '@material-table/core';

/**
 * Turns the page numbers of core-components' Table into the cursors of the mlops API: the cursor
 * of page n+1 is remembered when page n loads. A new filter or sort starts from the first page.
 * Rows get the `id` the table keys them by.
 */
export function cursorPages<
  T extends object,
  R extends { items: T[]; totalItems: number; nextCursor?: string },
>(
  fetchPage: (cursor: string | undefined, query: Query<T>) => Promise<R>,
  idOf: (row: T) => string,
) {
  const cursors = new Map<string, (string | undefined)[]>();
  return async (query: Query<T>): Promise<QueryResult<T>> => {
    const sortKey = `${String(query.orderBy?.field ?? '')}:${
      query.orderDirection
    }:${query.search}`;
    const known = cursors.get(sortKey) ?? [undefined];
    cursors.set(sortKey, known);
    const page = query.page < known.length ? query.page : 0;
    const result = await fetchPage(known[page], query);
    known[page + 1] = result.nextCursor;
    return {
      data: result.items.map(row => ({ ...row, id: idOf(row) })),
      page,
      totalCount: result.totalItems,
    };
  };
}

/** Table options that cursors can serve: next and previous pages only, 20 rows each, no filler rows. */
export const CURSOR_TABLE_OPTIONS = {
  pageSize: 20,
  emptyRowsWhenPaging: false,
  pageSizeOptions: [20],
  paginationType: 'stepped' as const,
  showFirstLastPageButtons: false,
};

/** What a table of cursor pages shows around its rows: loading, the last error, and a way to retry. */
export interface CursorTable<T extends object> {
  data: (query: Query<T>) => Promise<QueryResult<T>>;
  loading: boolean;
  error?: Error;
  /** Reads the table again from its first page; part of the table's key */
  attempt: number;
  retry: () => void;
}

/**
 * `cursorPages` as a table's remote data, with its state: a failed page is an error the view shows
 * in its own panel (the table shows no rows then, not its retry icon), and while a page loads the
 * table's empty message stays blank.
 */
export function useCursorTable<
  T extends object,
  R extends { items: T[]; totalItems: number; nextCursor?: string },
>(
  fetchPage: (cursor: string | undefined, query: Query<T>) => Promise<R>,
  idOf: (row: T) => string,
): CursorTable<T> {
  const [state, setState] = useState<{ loading: boolean; error?: Error }>({
    loading: true,
  });
  const [attempt, setAttempt] = useState(0);
  const data = useMemo(() => {
    const pages = cursorPages(fetchPage, idOf);
    return async (query: Query<T>): Promise<QueryResult<T>> => {
      setState({ loading: true });
      try {
        const result = await pages(query);
        setState({ loading: false });
        return result;
      } catch (error) {
        setState({ loading: false, error: error as Error });
        return { data: [], page: 0, totalCount: 0 };
      }
    };
    // A new fetch (new filters) or a retry starts over
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetchPage, attempt]);
  const retry = useCallback(() => setAttempt(a => a + 1), []);
  return { data, ...state, attempt, retry };
}

/** The table's empty message: blank while loading or after an error (shown apart). */
export function emptyMessage(table: CursorTable<any>, message: string) {
  return {
    body: {
      emptyDataSourceMessage: table.loading || table.error ? '' : message,
    },
  };
}

/**
 * What the API is asked for a page of a table: the order the table sorts by (`fallback` unless it
 * is one of `orders`), its direction, its page size and the page's cursor.
 */
export function pageRequest<O extends string, T extends object>(
  orders: readonly O[],
  fallback: O,
  cursor: string | undefined,
  query: Query<T>,
) {
  return {
    orderBy: orders.find(o => o === query.orderBy?.field) ?? fallback,
    order: query.orderDirection || 'asc',
    limit: query.pageSize,
    cursor,
  };
}
