import { LifecycleQuery, LifecycleRow } from '@aidlc/plugin-mlops-common';
import { useApi } from '@backstage/core-plugin-api';
import { Query } from '@material-table/core';
import { useCallback } from 'react';
import { mlopsApiRef } from '../api';
import { pageRequest, useCursorTable } from './cursorPages';

/** The orders of the lifecycle table, as the API names them. */
export const LIFECYCLE_ORDERS: NonNullable<LifecycleQuery['orderBy']>[] = [
  'progress',
  'entityRef',
  'owner',
  'title',
];

/** The remote data of the lifecycle table: pages of services with these filters, in the table's order. */
export function useLifecyclePages(
  filters: Omit<LifecycleQuery, 'orderBy' | 'order' | 'limit' | 'cursor'>,
) {
  const api = useApi(mlopsApiRef);
  const fetchPage = useCallback(
    (cursor: string | undefined, query: Query<LifecycleRow>) =>
      api.getFleetLifecycle({
        ...filters,
        ...pageRequest(LIFECYCLE_ORDERS, 'progress', cursor, query),
      }),
    [api, filters],
  );
  return useCursorTable(fetchPage, row => row.entityRef);
}
