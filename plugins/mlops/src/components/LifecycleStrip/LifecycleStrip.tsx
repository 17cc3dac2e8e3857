import { StageLifecycle } from '@aidlc/plugin-mlops-common';
import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import ButtonBase from '@material-ui/core/ButtonBase';
import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { SIGNAL_TONES, StageStatusChip } from '../Chips/StageStatusChip';
import { StageSignals } from './StageSignals';

/** One stage as a tile of the strip: its name, status and how many signals are in place. */
function StageTile({
  stage,
  selected,
  onSelect,
}: {
  stage: StageLifecycle;
  selected: boolean;
  onSelect: () => void;
}) {
  const theme = useTheme();
  const inPlace = stage.signals.filter(s => s.status === 'in_place').length;
  return (
    <ButtonBase
      onClick={onSelect}
      aria-pressed={selected}
      aria-label={`${stage.title}: ${stage.status.replace('_', ' ')}`}
      style={{
        flex: '1 1 150px',
        display: 'block',
        textAlign: 'left',
        padding: theme.spacing(1.5),
        borderTop: `4px solid ${
          theme.palette.status[SIGNAL_TONES[stage.status]]
        }`,
        background: selected ? theme.palette.action.selected : undefined,
        borderRadius: theme.shape.borderRadius,
      }}
    >
      <Typography variant="subtitle2">{stage.title}</Typography>
      <Box my={1}>
        <StageStatusChip status={stage.status} />
      </Box>
      <Typography variant="caption" color="textSecondary">
        {`${inPlace} of ${stage.signals.length} signal${
          stage.signals.length === 1 ? '' : 's'
        } in place`}
      </Typography>
    </ButtonBase>
  );
}

/**
 * Where the service stands in the six AIDLC stages: a strip of stages, and the signals of the one
 * chosen (at first, the earliest stage not in place: what to do next).
 */
export function LifecycleStrip({ stages }: { stages: StageLifecycle[] }) {
  const next = stages.find(s => s.status !== 'in_place');
  const [chosen, choose] = useState(next?.stage ?? stages[0]?.stage);
  const selected = stages.find(s => s.stage === chosen);
  const inPlace = stages.filter(s => s.status === 'in_place').length;
  return (
    <InfoCard
      title="AI development life cycle"
      subheader={
        stages.length === 0
          ? undefined
          : `${inPlace} of ${stages.length} stages in place${
              next ? `; next: ${next.title.toLocaleLowerCase('en-US')}` : ''
            }`
      }
    >
      {stages.length === 0 ? (
        <Typography color="textSecondary">
          The stages appear after the next refresh.
        </Typography>
      ) : (
        <>
          <Box
            display="flex"
            flexWrap="wrap"
            style={{ gap: 8 }}
            mb={2}
            role="group"
            aria-label="Stages"
          >
            {stages.map(stage => (
              <StageTile
                key={stage.stage}
                stage={stage}
                selected={stage.stage === chosen}
                onSelect={() => choose(stage.stage)}
              />
            ))}
          </Box>
          {selected && <StageSignals stage={selected} />}
        </>
      )}
    </InfoCard>
  );
}
