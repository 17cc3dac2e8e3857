import {
  approvalText,
  EntityMlData,
  mlopsEntityReadPermission,
  worstDriftStatus,
} from '@aidlc/plugin-mlops-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Typography from '@material-ui/core/Typography';
import { useEntityMlData } from '../../hooks/useEntityMlData';
import { useMlTabLink } from '../../hooks/useMlTabLink';
import { VerdictChip } from '../Chips/VerdictChip';
import { FailedChips } from '../CompliancePage/FailedChips';
import { StatusLabel } from '../StatusLabel/StatusLabel';
import { Timestamp } from '../Timestamp/Timestamp';

/** The versions that take traffic now, as "group v6 (Approved) on endpoint". */
function servingText(data: EntityMlData): string {
  const serving = data.groups.flatMap(group =>
    group.versions.flatMap(version =>
      (version.deployments ?? []).map(
        d =>
          `${group.name} v${version.version} (${approvalText(
            version.approvalStatus,
          )}) on ${d.endpoint}`,
      ),
    ),
  );
  return serving.length > 0 ? serving.join('; ') : 'No version serves';
}

function Summary({ data }: { data: EntityMlData }) {
  return (
    <StructuredMetadataTable
      dense
      metadata={{
        Verdict: (
          <>
            <VerdictChip verdict={data.verdict} />{' '}
            <Typography variant="body2" component="span">
              score {data.score}
            </Typography>
          </>
        ),
        'Failed checks': Object.values(data.failed).some(n => n > 0) ? (
          <FailedChips failed={data.failed} />
        ) : (
          'None'
        ),
        Serving: servingText(data),
        Drift: (
          <StatusLabel
            status={worstDriftStatus(data.endpoints.map(e => e.status))}
          />
        ),
        Refreshed: data.refreshedAt ? (
          <Timestamp iso={data.refreshedAt} />
        ) : (
          'Not yet'
        ),
      }}
    />
  );
}

/**
 * The ML summary on an entity's Overview: may it ship, what serves, does it drift, how fresh;
 * the ML tab holds the rest.
 */
export function MlSummaryCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const mlTab = useMlTabLink();
  const read = usePermission({
    permission: mlopsEntityReadPermission,
    resourceRef: entityRef,
  });
  const { value, error } = useEntityMlData(entityRef, read.allowed);
  let body: JSX.Element;
  if (read.loading) body = <Progress />;
  else if (!read.allowed) {
    body = (
      <Typography variant="body2">
        You cannot see this service's ML findings.
      </Typography>
    );
  } else if (error) {
    body = (
      <Typography variant="body2">
        {error instanceof ResponseError && error.statusCode === 404
          ? 'No ML data yet: it appears after the next refresh.'
          : `The ML data could not be loaded: ${error.message}`}
      </Typography>
    );
  } else body = value ? <Summary data={value} /> : <Progress />;
  return (
    <InfoCard
      title="ML"
      deepLink={{ title: 'Open the ML tab', link: mlTab(entityRef) }}
    >
      {body}
    </InfoCard>
  );
}
