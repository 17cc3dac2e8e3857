import { useApi } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  defaultEntityPresentation,
} from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { mlopsApiRef } from '../api';

/**
 * What the fleet page shows around its table: the summary (verdicts, top failing checks), the
 * owners with their summaries, the check catalog and the systems the filters offer.
 */
export function useFleetOverview() {
  const api = useApi(mlopsApiRef);
  const catalogApi = useApi(catalogApiRef);
  const summary = useAsync(() => api.getFleetSummary(), [api]);
  const owners = useAsync(() => api.getFleetByOwner(), [api]);
  const checks = useAsync(() => api.getChecks(), [api]);
  // Teams by the name people know them by (their display name), as the catalog shows them
  const ownerNames = useAsync(async () => {
    const refs = owners.value?.items.map(o => o.owner) ?? [];
    const { items } = await catalogApi.getEntitiesByRefs({ entityRefs: refs });
    return new Map(
      refs.map((ref, i) => [
        ref,
        defaultEntityPresentation(items[i] ?? ref, { defaultKind: 'group' })
          .primaryTitle,
      ]),
    );
  }, [catalogApi, owners.value]);
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
    summary,
    owners,
    /** Whether the owners or their names are still on their way */
    ownersLoading: owners.loading || ownerNames.loading,
    ownerName: (ref: string) =>
      ownerNames.value?.get(ref) ??
      defaultEntityPresentation(ref, { defaultKind: 'group' }).primaryTitle,
    checks: checks.value?.items ?? [],
    systems: systems.value?.items ?? [],
    error: summary.error ?? owners.error ?? checks.error ?? systems.error,
  };
}
