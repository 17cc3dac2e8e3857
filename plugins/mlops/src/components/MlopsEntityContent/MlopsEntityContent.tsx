import {
  ANNOTATION_ENDPOINT,
  ANNOTATION_MODEL_PACKAGE_GROUP,
  isMlopsAvailable,
  mlopsEntityReadPermission,
} from '@aidlc/plugin-mlops-common';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { awsLocationOf } from '../../aws/awsLocationOf';
import { useEntityMlData } from '../../hooks/useEntityMlData';
import { useModelDecisions } from '../../hooks/useModelDecisions';
import { ComplianceCard } from '../ComplianceCard/ComplianceCard';
import { DriftCard, NoEndpointDrift } from '../DriftCard/DriftCard';
import { LifecycleStrip } from '../LifecycleStrip/LifecycleStrip';
import { ModelRegistryCard } from '../ModelRegistryCard/ModelRegistryCard';
import { formatTimestamp, Timestamp } from '../Timestamp/Timestamp';
import { approversOf, ownersOf } from './ownersOf';
import { RefreshButton } from './RefreshButton';

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

/** The ML tab: life cycle stages, model registry, drift per endpoint and compliance of the entity. */
export function MlopsEntityContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const read = usePermission({
    permission: mlopsEntityReadPermission,
    resourceRef: entityRef,
  });
  // Nothing is asked for that cannot be shown.
  const { value, loading, error, retry } = useEntityMlData(
    entityRef,
    read.allowed,
  );
  const decisions = useModelDecisions(entityRef, retry);

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
  const { endpoints } = value;
  const at = awsLocationOf(entity, value.groups);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box
          display="flex"
          justifyContent="flex-end"
          alignItems="center"
          style={{ gap: 16 }}
        >
          {value.refreshedAt && (
            <span>
              Refreshed <Timestamp iso={value.refreshedAt} />
            </span>
          )}
          <RefreshButton entity={entity} onDone={retry} />
        </Box>
        {value.stale && (
          <WarningPanel
            title={
              value.refreshedAt
                ? `Showing data from ${formatTimestamp(
                    value.refreshedAt,
                  )}: the last refresh failed`
                : 'The ML data of this service could not be read'
            }
            message={value.error}
          />
        )}
      </Grid>
      <Grid item xs={12}>
        <LifecycleStrip stages={value.stages} />
      </Grid>
      <Grid item xs={12}>
        <ModelRegistryCard
          groups={value.groups}
          decider={{ ...decisions, approvers: approversOf(entity) }}
          at={at}
        />
      </Grid>
      {endpoints.length === 0 && (
        <Grid item xs={12}>
          <NoEndpointDrift />
        </Grid>
      )}
      {endpoints.map(endpoint => (
        // One endpoint per row: its schedule table and charts need the width
        <Grid item xs={12} key={endpoint.name}>
          <DriftCard endpoint={endpoint} at={at} />
        </Grid>
      ))}
      <Grid item xs={12}>
        <ComplianceCard compliance={value} />
      </Grid>
    </Grid>
  );
}
