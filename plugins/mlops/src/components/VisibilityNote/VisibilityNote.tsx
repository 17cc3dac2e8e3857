import { Visibility } from '@aidlc/plugin-mlops-common';
import Typography from '@material-ui/core/Typography';

/** Says so when a fleet view holds only the services the signed-in user may read. */
export function VisibilityNote({ visibility }: { visibility?: Visibility }) {
  if (visibility !== 'limited') return null;
  return (
    <Typography variant="body2" color="textSecondary" role="note">
      You see the ML services of the teams you belong to. The platform's admins
      see every team's.
    </Typography>
  );
}
