import { FleetRow } from '@aidlc/plugin-mlops-common';
import { useApi } from '@backstage/core-plugin-api';
import { Query } from '@material-table/core';
import { useCallback } from 'react';
import { mlopsApiRef } from '../api';
import { useCursorTable } from './cursorPages';
import { FleetFilters, FLEET_ORDERS } from './useFleetView';

/** The remote data of the fleet table: pages of the fleet with these filters, in the table's order. */
export function useFleetPages(filters: FleetFilters) {
  const api = useApi(mlopsApiRef);
  const fetchPage = useCallback(
    (cursor: string | undefined, query: Query<FleetRow>) => {
      const field = FLEET_ORDERS.find(o => o === query.orderBy?.field);
      return api.getFleet({
        ...filters,
        orderBy: field ?? 'verdict',
        order: query.orderDirection || 'asc',
        limit: query.pageSize,
        cursor,
      });
    },
    [api, filters],
  );
  return useCursorTable(fetchPage, row => row.entityRef);
}
