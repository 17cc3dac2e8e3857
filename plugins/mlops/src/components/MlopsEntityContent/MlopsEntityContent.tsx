import {
  ANNOTATION_ENDPOINT,
  ANNOTATION_MODEL_PACKAGE_GROUP,
  isMlopsAvailable,
  mlopsRefreshPermission,
} from '@aidlc/plugin-mlops-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import RefreshIcon from '@material-ui/icons/Refresh';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mlopsApiRef } from '../../api';
import { ComplianceCard } from '../ComplianceCard/ComplianceCard';
import { DriftCard } from '../DriftCard/DriftCard';
import { ModelRegistryCard } from '../ModelRegistryCard/ModelRegistryCard';

function RefreshButton({
  entityRef,
  onDone,
}: {
  entityRef: string;
  onDone: () => void;
}) {
  const api = useApi(mlopsApiRef);
  const { allowed } = usePermission({ permission: mlopsRefreshPermission });
  const [{ loading, error }, refresh] = useAsyncFn(async () => {
    await api.refresh(entityRef);
    onDone();
  }, [api, entityRef, onDone]);
  if (!allowed) return null;
  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }}>
      {error && <span role="alert">Refresh failed: {error.message}</span>}
      <Button
        variant="outlined"
        startIcon={<RefreshIcon />}
        disabled={loading}
        onClick={refresh}
      >
        {loading ? 'Refreshing…' : 'Refresh now'}
      </Button>
    </Box>
  );
}

/** The ML tab: model registry, drift per endpoint and compliance of the entity. */
export function MlopsEntityContent() {
  const { entity } = useEntity();
  const api = useApi(mlopsApiRef);
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const [models, drift, compliance] = await Promise.all([
      api.getModels(entityRef),
      api.getDrift(entityRef),
      api.getCompliance(entityRef),
    ]);
    return { models, drift, compliance };
  }, [api, entityRef]);

  if (!isMlopsAvailable(entity)) {
    return (
      <MissingAnnotationEmptyState
        annotation={[ANNOTATION_MODEL_PACKAGE_GROUP, ANNOTATION_ENDPOINT]}
      />
    );
  }
  if (loading && !value) return <Progress />;
  if (error) {
    if (error instanceof ResponseError && error.statusCode === 404) {
      return (
        <EmptyState
          missing="data"
          title="No ML data yet"
          description="The ML data of this service appears after the next scheduled refresh."
          action={<RefreshButton entityRef={entityRef} onDone={retry} />}
        />
      );
    }
    return <ResponseErrorPanel error={error} />;
  }
  const { models, drift, compliance } = value!;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box
          display="flex"
          justifyContent="flex-end"
          alignItems="center"
          style={{ gap: 16 }}
        >
          {models.refreshedAt && (
            <span>
              Refreshed {new Date(models.refreshedAt).toLocaleString()}
            </span>
          )}
          <RefreshButton entityRef={entityRef} onDone={retry} />
        </Box>
        {models.stale && (
          <WarningPanel
            title={
              models.refreshedAt
                ? `Showing data from ${new Date(
                    models.refreshedAt,
                  ).toLocaleString()}: the last refresh failed`
                : 'The ML data of this service could not be read'
            }
            message={models.error}
          />
        )}
      </Grid>
      <Grid item xs={12}>
        <ModelRegistryCard groups={models.groups} />
      </Grid>
      {drift.endpoints.map(endpoint => (
        <Grid
          item
          xs={12}
          lg={drift.endpoints.length > 1 ? 6 : 12}
          key={endpoint.name}
        >
          <DriftCard endpoint={endpoint} />
        </Grid>
      ))}
      <Grid item xs={12}>
        <ComplianceCard compliance={compliance} />
      </Grid>
    </Grid>
  );
}
