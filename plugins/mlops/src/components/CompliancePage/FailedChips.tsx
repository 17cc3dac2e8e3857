import { FailedCounts, SEVERITIES } from '@aidlc/plugin-mlops-common';
import Box from '@material-ui/core/Box';
import { SeverityChip } from '../Chips/SeverityChip';

/** Failed checks counted by severity, worst first, in their colours; nothing for a clean service. */
export function FailedChips({ failed }: { failed: FailedCounts }) {
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {SEVERITIES.filter(s => failed[s] > 0).map(s => (
        <SeverityChip key={s} severity={s} label={`${failed[s]} ${s}`} />
      ))}
    </Box>
  );
}
