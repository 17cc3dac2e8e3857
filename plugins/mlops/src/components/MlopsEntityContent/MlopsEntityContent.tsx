import {
  ANNOTATION_ENDPOINT,
  ANNOTATION_MODEL_PACKAGE_GROUP,
  isMlopsAvailable,
  mlopsEntityReadPermission,
  mlopsRefreshPermission,
} from '@aidlc/plugin-mlops-common';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
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
import Tooltip from '@material-ui/core/Tooltip';
import RefreshIcon from '@material-ui/icons/Refresh';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mlopsApiRef } from '../../api';
import { ComplianceCard } from '../ComplianceCard/ComplianceCard';
import { DriftCard } from '../DriftCard/DriftCard';
import { ModelRegistryCard } from '../ModelRegistryCard/ModelRegistryCard';

/** Who may see or change a service's ML data under the portal's policy, for messages. */
const ownersOf = (entity: Entity) =>
  typeof entity.spec?.owner === 'string' ? entity.spec.owner : 'its owners';

function RefreshButton({
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

/** The ML tab of a service whose findings the signed-in user may not read. */
function NotAllowed({ entity }: { entity: Entity }) {
  return (
    <EmptyState
      missing="info"
      title="You cannot see this service's ML findings"
      description={`The model registry, drift and compliance findings of ${
        entity.metadata.title ?? entity.metadata.name
      } are visible to ${ownersOf(
        entity,
      )} and to the platform's admins. Ask them if you need to see these findings.`}
    />
  );
}

/** The ML tab: model registry, drift per endpoint and compliance of the entity. */
export function MlopsEntityContent() {
  const { entity } = useEntity();
  const api = useApi(mlopsApiRef);
  const entityRef = stringifyEntityRef(entity);
  const read = usePermission({
    permission: mlopsEntityReadPermission,
    resourceRef: entityRef,
  });
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    if (!read.allowed) return undefined; // nothing is asked for that cannot be shown
    const [models, drift, compliance] = await Promise.all([
      api.getModels(entityRef),
      api.getDrift(entityRef),
      api.getCompliance(entityRef),
    ]);
    return { models, drift, compliance };
  }, [api, entityRef, read.allowed]);

  if (!isMlopsAvailable(entity)) {
    return (
      <MissingAnnotationEmptyState
        annotation={[ANNOTATION_MODEL_PACKAGE_GROUP, ANNOTATION_ENDPOINT]}
      />
    );
  }
  if (read.loading) return <Progress />;
  if (!read.allowed) return <NotAllowed entity={entity} />;
  if (error && !loading) {
    if (error instanceof ResponseError && error.statusCode === 404) {
      return (
        <EmptyState
          missing="data"
          title="No ML data yet"
          description="The ML data of this service appears after the next scheduled refresh."
          action={<RefreshButton entity={entity} onDone={retry} />}
        />
      );
    }
    return <ResponseErrorPanel error={error} />;
  }
  if (!value) return <Progress />;
  const { models, drift, compliance } = value;
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
          <RefreshButton entity={entity} onDone={retry} />
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
