import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/core-plugin-api';
import { mlopsApiRef } from '../api';

/** The ML data of an entity in one request, asked for only when the caller may read it. */
export function useEntityMlData(entityRef: string, allowed: boolean) {
  const api = useApi(mlopsApiRef);
  return useAsyncRetry(
    async () => (allowed ? api.getEntity(entityRef) : undefined),
    [api, entityRef, allowed],
  );
}
