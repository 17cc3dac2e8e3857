import Typography from '@material-ui/core/Typography';
import { AwsLink } from './AwsLink';
import { consoleUrlOf } from './consoleLinks';

/** The resources a finding is about (comma-separated), each linked to its AWS console page where it has one. */
export function AwsResources({ list }: { list: string }) {
  const resources = list.split(/,\s*/).filter(Boolean);
  return (
    <Typography variant="body2">
      <strong>Resources:</strong>{' '}
      {resources.map((resource, i) => (
        <span key={resource}>
          {i > 0 && ', '}
          <AwsLink url={consoleUrlOf(resource)}>{resource}</AwsLink>
        </span>
      ))}
    </Typography>
  );
}
