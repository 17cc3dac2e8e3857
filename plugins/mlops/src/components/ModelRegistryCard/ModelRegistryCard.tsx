import { ModelGroup, ModelVersion } from '@aidlc/plugin-mlops-common';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { AwsLink } from '../../aws/AwsLink';
import { AwsLocation, awsConsole, consoleUrlOf } from '../../aws/consoleLinks';
import { DecisionCell, Decider } from './DecisionCell';
import { UnapprovedServing } from './UnapprovedServing';
import { versionColumns } from './versionColumns';

const columnsFor = (
  decider: Decider,
  at?: AwsLocation,
): TableColumn<ModelVersion>[] => [
  versionColumns.version,
  versionColumns.approval,
  versionColumns.created,
  {
    title: 'Decision',
    render: v => <DecisionCell version={v} decider={decider} />,
  },
  versionColumns.serving,
  versionColumns.metrics,
  versionColumns.card,
  {
    title: 'Lineage',
    render: v => (
      <>
        {v.trainingJob && (
          <Typography variant="body2">
            Training job{' '}
            <AwsLink url={at && awsConsole.trainingJob(at, v.trainingJob)}>
              {v.trainingJob}
            </AwsLink>
          </Typography>
        )}
        {v.trainingData && (
          <Typography variant="body2">
            Data{' '}
            <AwsLink url={consoleUrlOf(v.trainingData)}>
              {v.trainingData}
            </AwsLink>
          </Typography>
        )}
        {v.modelDataUrl && (
          <Typography variant="body2">
            Artifacts{' '}
            <AwsLink url={consoleUrlOf(v.modelDataUrl)}>
              {v.modelDataUrl}
            </AwsLink>
          </Typography>
        )}
        {v.image && (
          <Typography variant="body2">
            Image <AwsLink url={consoleUrlOf(v.image)}>{v.image}</AwsLink>
          </Typography>
        )}
      </>
    ),
  },
];

/** Metrics of the latest and the approved version side by side, when they differ. */
function LatestVersusApproved({ group }: { group: ModelGroup }) {
  const [latest] = group.versions;
  const approved = group.versions.find(v => v.approvalStatus === 'Approved');
  if (!latest || !approved || latest === approved) return null;
  const names = [
    ...new Set([
      ...Object.keys(latest.metrics),
      ...Object.keys(approved.metrics),
    ]),
  ];
  return (
    <Table
      title={`Latest v${latest.version} against approved v${approved.version}`}
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={[
        { title: 'Metric', field: 'name' },
        { title: `v${latest.version} (latest)`, field: 'latest' },
        { title: `v${approved.version} (approved)`, field: 'approved' },
      ]}
      data={names.map(name => ({
        id: name,
        name,
        latest: latest.metrics[name] ?? '',
        approved: approved.metrics[name] ?? '',
      }))}
    />
  );
}

/**
 * The entity's model package groups: versions, their approval (who decided, when and why, with
 * approve and reject for its approvers), metrics and lineage, linked to the AWS console.
 */
export function ModelRegistryCard({
  groups,
  decider,
  at,
}: {
  groups: ModelGroup[];
  decider: Decider;
  at?: AwsLocation;
}) {
  const columns = columnsFor(decider, at);
  return (
    <InfoCard title="Model registry" subheader="SageMaker Model Registry">
      {groups.length === 0 && <Typography>No model package groups.</Typography>}
      {groups.map(group => (
        <div key={group.arn}>
          <UnapprovedServing group={group} />
          <Table
            title={
              <AwsLink url={consoleUrlOf(group.arn)}>{group.name}</AwsLink>
            }
            subtitle={group.description}
            options={{ paging: false, search: false, padding: 'dense' }}
            columns={columns}
            data={group.versions.map(v => ({ ...v, id: v.arn }))}
          />
          <LatestVersusApproved group={group} />
        </div>
      ))}
    </InfoCard>
  );
}
