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
