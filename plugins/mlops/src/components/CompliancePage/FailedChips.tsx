import { FailedCounts, SEVERITIES } from '@aidlc/plugin-mlops-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';

/** Failed checks counted by severity, worst first; nothing for a clean service. */
export function FailedChips({ failed }: { failed: FailedCounts }) {
  return (
    <Box display="flex" style={{ gap: 4 }}>
      {SEVERITIES.filter(s => failed[s] > 0).map(s => (
        <Chip key={s} size="small" label={`${failed[s]} ${s}`} />
      ))}
    </Box>
  );
}
