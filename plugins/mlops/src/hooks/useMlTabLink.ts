import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { useCallback } from 'react';

/** The path of the ML tab (`.../ml`) that the plugin adds to entity pages. */
export const ML_TAB_PATH = 'ml';

/**
 * Links to an entity's ML tab, built from the app's own entity route (wherever the app mounts the
 * catalog), never from a fixed host.
 */
export function useMlTabLink(): (entityRef: string) => string {
  const entityRoute = useRouteRef(entityRouteRef);
  return useCallback(
    entityRef => `${entityRoute(entityRouteParams(entityRef))}/${ML_TAB_PATH}`,
    [entityRoute],
  );
}
