import { StageLifecycle, STAGE_TEXT } from '@aidlc/plugin-mlops-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { AwsResources } from '../../aws/AwsResources';
import { StageStatusChip } from '../Chips/StageStatusChip';

/** The signals of one stage: what was found, the evidence, and how to get there where it is not. */
export function StageSignals({ stage }: { stage: StageLifecycle }) {
  return (
    <Box
      display="flex"
      flexDirection="column"
      style={{ gap: 16 }}
      aria-label={`Signals of ${stage.title}`}
      role="region"
    >
      <Typography variant="body2" color="textSecondary">
        {STAGE_TEXT[stage.stage].meaning}.
      </Typography>
      {stage.signals.map(signal => (
        <Box key={signal.id} display="flex" style={{ gap: 12 }}>
          <Box minWidth={90}>
            <StageStatusChip status={signal.status} />
          </Box>
          <Box display="flex" flexDirection="column" style={{ gap: 4 }}>
            <Typography variant="subtitle2">{signal.title}</Typography>
            {signal.message && (
              <Typography variant="body2">{signal.message}</Typography>
            )}
            {signal.resource && <AwsResources list={signal.resource} />}
            {signal.status !== 'in_place' && (
              <Typography variant="body2">
                <strong>How to get there:</strong> {signal.howTo}
              </Typography>
            )}
            {signal.checkId && (
              <Typography variant="caption" color="textSecondary">
                From the compliance check {signal.checkId}
              </Typography>
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
