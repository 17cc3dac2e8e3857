import { ModelVersion } from '@aidlc/plugin-mlops-common';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { EntityDisplayName, useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { AwsLink } from '../../aws/AwsLink';
import { consoleUrlOf } from '../../aws/consoleLinks';
import { ServingService, useServedModel } from '../../hooks/useServedModel';
import { useMlTabLink } from '../../hooks/useMlTabLink';
import { UnapprovedServing } from '../ModelRegistryCard/UnapprovedServing';
import { versionColumns } from '../ModelRegistryCard/versionColumns';
import { ModelCardDetails } from '../ModelCard/ModelCardDetails';
import { StatusLabel } from '../StatusLabel/StatusLabel';

const columns: TableColumn<ModelVersion>[] = [
  versionColumns.version,
  versionColumns.approval,
  versionColumns.created,
  versionColumns.serving,
  versionColumns.metrics,
];

/** A service that serves the model: a link to its ML tab and the drift of its endpoints. */
function Service({ service }: { service: ServingService }) {
  const mlTab = useMlTabLink();
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" style={{ gap: 16 }}>
      <Link to={mlTab(service.entityRef)}>
        <EntityDisplayName entityRef={service.entityRef} disableTooltip />
      </Link>
      {service.unavailable && (
        <Typography variant="body2" color="textSecondary">
          {service.unavailable}
        </Typography>
      )}
      {service.endpoints.map(endpoint => (
        <span key={endpoint.name}>
          {endpoint.name}: <StatusLabel status={endpoint.status} />
        </span>
      ))}
    </Box>
  );
}

/** The card of the version that serves (else the approved one): what a reader of the model wants first. */
function CurrentModelCard({ versions }: { versions: ModelVersion[] }) {
  const current =
    versions.find(v => v.deployments?.length) ??
    versions.find(v => v.approvalStatus === 'Approved');
  if (!current) return null;
  return (
    <Box mt={2}>
      <Typography variant="h6">Model card of v{current.version}</Typography>
      {current.modelCard ? (
        <ModelCardDetails card={current.modelCard} />
      ) : (
        <Typography variant="body2">
          v{current.version} has no SageMaker model card: create one for it (the
          template keeps it in ml/model_card.json).
        </Typography>
      )}
    </Box>
  );
}

/**
 * The ML card of a model entity: its versions with approval, where they serve, their metrics and
 * model cards, the card of the version that serves, and the services that serve it with the drift
 * of their endpoints.
 */
export function ModelEntityCard() {
  const { entity } = useEntity();
  const { value, loading, error } = useServedModel(entity);
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const { group, services } = value!;
  return (
    <InfoCard
      title="Model versions"
      subheader={
        group ? (
          <AwsLink url={consoleUrlOf(group.arn)}>
            SageMaker Model Registry: {group.name}
          </AwsLink>
        ) : undefined
      }
    >
      {group ? (
        <>
          <UnapprovedServing group={group} />
          <Table<ModelVersion>
            options={{
              paging: false,
              search: false,
              toolbar: false,
              padding: 'dense',
            }}
            columns={columns}
            data={group.versions.map(v => ({ ...v, id: v.arn }))}
          />
          <CurrentModelCard versions={group.versions} />
        </>
      ) : (
        <Typography variant="body2">
          No service you may see reads this model's versions.
        </Typography>
      )}
      <Box mt={2}>
        <Typography variant="h6">Served by</Typography>
        {services.length === 0 && (
          <Typography variant="body2">No service names this model.</Typography>
        )}
        {services.map(service => (
          <Service key={service.entityRef} service={service} />
        ))}
      </Box>
    </InfoCard>
  );
}
