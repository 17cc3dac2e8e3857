import { mlopsRefreshPermission } from '@aidlc/plugin-mlops-common';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import RefreshIcon from '@material-ui/icons/Refresh';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { mlopsApiRef } from '../../api';
import { ownersOf } from './ownersOf';

/** Reads the entity from its source now; disabled, saying who may, for those who may not. */
export function RefreshButton({
  entity,
  onDone,
}: {
  entity: Entity;
  onDone: () => void;
}) {
  const api = useApi(mlopsApiRef);
  const entityRef = stringifyEntityRef(entity);
  const { allowed, loading: checking } = usePermission({
    permission: mlopsRefreshPermission,
    resourceRef: entityRef,
  });
  const [{ loading, error }, refresh] = useAsyncFn(async () => {
    await api.refresh(entityRef);
    onDone();
  }, [api, entityRef, onDone]);
  const button = (
    <Button
      variant="outlined"
      startIcon={<RefreshIcon />}
      disabled={loading || checking || !allowed}
      onClick={refresh}
    >
      {loading ? 'Refreshing…' : 'Refresh now'}
    </Button>
  );
  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }}>
      {error && <span role="alert">Refresh failed: {error.message}</span>}
      {allowed || checking ? (
        button
      ) : (
        <Tooltip
          title={`Only ${ownersOf(
            entity,
          )} and the platform's admins can refresh this service's ML data`}
        >
          {/* A disabled button gets no pointer events: the span carries the tooltip. */}
          <span>{button}</span>
        </Tooltip>
      )}
    </Box>
  );
}
