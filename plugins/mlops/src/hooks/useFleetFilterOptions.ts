import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { mlopsApiRef } from '../api';

/** What the fleet filters offer: the owners (with their summaries), the checks and the systems. */
export function useFleetFilterOptions() {
  const api = useApi(mlopsApiRef);
  const catalogApi = useApi(catalogApiRef);
  const owners = useAsync(() => api.getFleetByOwner(), [api]);
  const checks = useAsync(() => api.getChecks(), [api]);
  const systems = useAsync(
    () =>
      catalogApi.getEntities({
        filter: { kind: 'system' },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.title',
        ],
      }),
    [catalogApi],
  );
  return {
    owners,
    checks: checks.value?.items ?? [],
    systems: systems.value?.items ?? [],
    error: owners.error ?? checks.error ?? systems.error,
  };
}
