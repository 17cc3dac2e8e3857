import { ModelGroup, ModelVersion } from '@aidlc/plugin-mlops-common';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { StatusLabel } from '../StatusLabel/StatusLabel';
import { Timestamp } from '../Timestamp/Timestamp';
import { DecisionCell, Decider } from './DecisionCell';
import { ServingCell } from './ServingCell';
import { UnapprovedServing } from './UnapprovedServing';

const columnsFor = (decider: Decider): TableColumn<ModelVersion>[] => [
  { title: 'Version', field: 'version', width: '6%' },
  {
    title: 'Status',
    field: 'approvalStatus',
    render: v => <StatusLabel status={v.approvalStatus} />,
  },
  { title: 'Created', render: v => <Timestamp iso={v.createdAt} /> },
  {
    title: 'Decision',
    render: v => <DecisionCell version={v} decider={decider} />,
  },
  { title: 'Serving', render: v => <ServingCell version={v} /> },
  {
    title: 'Metrics',
    render: v =>
      Object.entries(v.metrics)
        .map(([name, value]) => `${name} ${value}`)
        .join(' · '),
  },
  {
    title: 'Lineage',
    render: v => (
      <>
        {v.trainingJob && (
          <Typography variant="body2">Training job {v.trainingJob}</Typography>
        )}
        {v.trainingData && (
          <Typography variant="body2">Data {v.trainingData}</Typography>
        )}
        {v.image && <Typography variant="body2">Image {v.image}</Typography>}
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
 * approve and reject for its approvers), metrics and lineage.
 */
export function ModelRegistryCard({
  groups,
  decider,
}: {
  groups: ModelGroup[];
  decider: Decider;
}) {
  const columns = columnsFor(decider);
  return (
    <InfoCard title="Model registry" subheader="SageMaker Model Registry">
      {groups.length === 0 && <Typography>No model package groups.</Typography>}
      {groups.map(group => (
        <div key={group.arn}>
          <UnapprovedServing group={group} />
          <Table
            title={group.name}
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
