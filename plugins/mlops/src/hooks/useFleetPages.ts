import { FleetRow } from '@aidlc/plugin-mlops-common';
import { useApi } from '@backstage/core-plugin-api';
import { Query } from '@material-table/core';
import { useCallback } from 'react';
import { mlopsApiRef } from '../api';
import { pageRequest, useCursorTable } from './cursorPages';
import { FleetFilters, FLEET_ORDERS } from './useFleetView';

/** The remote data of the fleet table: pages of the fleet with these filters, in the table's order. */
export function useFleetPages(filters: FleetFilters) {
  const api = useApi(mlopsApiRef);
  const fetchPage = useCallback(
    (cursor: string | undefined, query: Query<FleetRow>) =>
      api.getFleet({
        ...filters,
        ...pageRequest(FLEET_ORDERS, 'verdict', cursor, query),
      }),
    [api, filters],
  );
  return useCursorTable(fetchPage, row => row.entityRef);
}
