import { FleetPage, FleetQuery, FleetRow } from '@aidlc/plugin-mlops-common';
import { useApi } from '@backstage/core-plugin-api';
import { useMemo } from 'react';
import { mlopsApiRef } from '../api';
import { cursorPages } from './cursorPages';
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
  return useMemo(
    () =>
      cursorPages<FleetRow, FleetPage>(
        (cursor, query) => {
          const field = query.orderBy?.field as FleetQuery['orderBy'];
          return api.getFleet({
            ...filters,
            orderBy: SORTABLE.includes(field) ? field : 'verdict',
            order: query.orderDirection || 'asc',
            limit: query.pageSize,
            cursor,
          });
        },
        row => row.entityRef,
      ),
    [api, filters],
  );
}
