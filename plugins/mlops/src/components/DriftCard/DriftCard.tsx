import { EndpointDrift, MonitoringSchedule } from '@aidlc/plugin-mlops-common';
import { AwsLink } from '../../aws/AwsLink';
import { AwsLocation, awsConsole } from '../../aws/consoleLinks';
import { InfoCard, Table } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { StatusLabel } from '../StatusLabel/StatusLabel';
import { formatTimestamp } from '../Timestamp/Timestamp';
import { DriftChart } from './DriftChart';

/** What the last runs found, feature by feature. */
function Violations({ schedules }: { schedules: MonitoringSchedule[] }) {
  const found = schedules.flatMap(s =>
    (s.lastExecution?.violationDetails ?? []).map(v => ({
      ...v,
      schedule: s.name,
    })),
  );
  if (found.length === 0) return null;
  return (
    <Table
      title="Violations of the last run"
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={[
        { title: 'Feature', field: 'feature' },
        { title: 'Constraint', field: 'constraint' },
        { title: 'Finding', field: 'description' },
        { title: 'Schedule', field: 'schedule' },
      ]}
      data={found.map((v, i) => ({ ...v, id: i }))}
    />
  );
}

function Schedules({
  schedules,
  at,
}: {
  schedules: MonitoringSchedule[];
  at?: AwsLocation;
}) {
  if (schedules.length === 0) {
    return <Typography variant="body2">No Model Monitor schedule.</Typography>;
  }
  return (
    <Table
      options={{
        paging: false,
        search: false,
        toolbar: false,
        padding: 'dense',
      }}
      columns={[
        {
          title: 'Schedule',
          field: 'name',
          render: s => (
            <AwsLink url={at && awsConsole.monitoringSchedule(at, s.name)}>
              {s.name}
            </AwsLink>
          ),
        },
        { title: 'Type', field: 'type' },
        { title: 'Status', field: 'status' },
        {
          title: 'Last execution',
          render: s =>
            s.lastExecution
              ? `${s.lastExecution.status} at ${formatTimestamp(
                  s.lastExecution.scheduledAt,
                )}`
              : 'none yet',
        },
        { title: 'Violations', render: s => s.lastExecution?.violations ?? '' },
      ]}
      data={schedules.map(s => ({ ...s, id: s.name }))}
    />
  );
}

/**
 * Drift per endpoint: its status, monitoring schedules and a chart of each drift metric, linked to
 * their AWS console pages when the service's location is known.
 */
export function DriftCard({
  endpoint,
  at,
}: {
  endpoint: EndpointDrift;
  at?: AwsLocation;
}) {
  return (
    <InfoCard
      title={
        <>
          Drift:{' '}
          <AwsLink url={at && awsConsole.endpoint(at, endpoint.name)}>
            {endpoint.name}
          </AwsLink>
        </>
      }
      subheader={<StatusLabel status={endpoint.status} />}
    >
      <Schedules schedules={endpoint.schedules} at={at} />
      <Violations schedules={endpoint.schedules} />
      {endpoint.metrics.length === 0 && (
        <Typography variant="body2">
          No drift metrics: neither Model Monitor nor a drift job publishes any.
        </Typography>
      )}
      <Grid container spacing={2}>
        {endpoint.metrics.map(series => (
          <Grid item xs={12} md={6} key={series.name}>
            <DriftChart
              series={series}
              metricUrl={at && awsConsole.cloudWatchMetric(at, series.name)}
            />
          </Grid>
        ))}
      </Grid>
    </InfoCard>
  );
}

/** The drift card of a service with no endpoint: what it would take to watch its models. */
export function NoEndpointDrift() {
  return (
    <InfoCard title="Drift" subheader={<StatusLabel status="not_monitored" />}>
      <Typography variant="body2">
        Drift is not monitored: the service names no SageMaker endpoint
        (aws.amazon.com/sagemaker-endpoint). A batch service shows its drift
        here once a drift job or a Model Monitor schedule publishes metrics for
        an endpoint it names.
      </Typography>
    </InfoCard>
  );
}
