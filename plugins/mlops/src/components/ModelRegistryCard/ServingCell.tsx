import { ModelVersion } from '@aidlc/plugin-mlops-common';
import Typography from '@material-ui/core/Typography';
import { Timestamp } from '../Timestamp/Timestamp';

/** Where a version serves: endpoint and variant, its share of the traffic, instances (or serverless), since when. */
export function ServingCell({ version }: { version: ModelVersion }) {
  return (
    <>
      {(version.deployments ?? []).map(d => (
        <Typography variant="body2" key={`${d.endpoint}/${d.variant}`}>
          {d.endpoint} / {d.variant} · {Math.round(d.trafficShare * 100)}% ·{' '}
          {d.serverless
            ? 'serverless'
            : `${d.instanceCount} instance${d.instanceCount === 1 ? '' : 's'}`}
          {d.since && (
            <>
              {' '}
              · since <Timestamp iso={d.since} />
            </>
          )}
        </Typography>
      ))}
    </>
  );
}
