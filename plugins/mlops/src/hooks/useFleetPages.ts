import { FleetQuery, FleetRow } from '@aidlc/plugin-mlops-common';
import { useApi } from '@backstage/core-plugin-api';
import { Query } from '@material-table/core';
import { useCallback } from 'react';
import { mlopsApiRef } from '../api';
import { useCursorTable } from './cursorPages';
import { FleetFilters } from './useFleetView';

const SORTABLE: FleetQuery['orderBy'][] = [
  'verdict',
  'score',
  'entityRef',
  'owner',
  'title',
];

/** The remote data of the fleet table: pages of the fleet with these filters, in the table's order. */
export function useFleetPages(filters: FleetFilters) {
  const api = useApi(mlopsApiRef);
  const fetchPage = useCallback(
    (cursor: string | undefined, query: Query<FleetRow>) => {
      const field = query.orderBy?.field as FleetQuery['orderBy'];
      return api.getFleet({
        ...filters,
        orderBy: SORTABLE.includes(field) ? field : 'verdict',
        order: query.orderDirection || 'asc',
        limit: query.pageSize,
        cursor,
      });
    },
    [api, filters],
  );
  return useCursorTable(fetchPage, row => row.entityRef);
}
