import { approvalText, ModelGroup } from '@aidlc/plugin-mlops-common';
import { WarningPanel } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';

/** A red state on the card when an endpoint serves a version that is not approved. */
export function UnapprovedServing({ group }: { group: ModelGroup }) {
  const unapproved = group.versions.filter(
    v => v.approvalStatus !== 'Approved' && v.deployments?.length,
  );
  if (unapproved.length === 0) return null;
  return (
    <WarningPanel
      severity="error"
      title={`Serving a version that is not approved: ${unapproved
        .map(
          v =>
            `v${v.version} on ${v
              .deployments!.map(d => d.endpoint)
              .join(', ')}`,
        )
        .join('; ')}`}
      defaultExpanded
    >
      {unapproved.map(v => (
        <Typography variant="body2" key={v.arn}>
          v{v.version} of {group.name} is {approvalText(v.approvalStatus)}.
          Approve it, or roll its endpoints back to an approved version.
        </Typography>
      ))}
    </WarningPanel>
  );
}
