import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';

/** The status colours of Backstage's theme, so our chips follow light and dark themes. */
export type Tone =
  | 'error'
  | 'warning'
  | 'pending'
  | 'running'
  | 'ok'
  | 'aborted';

/** A small chip in one of the theme's status colours, with text that stays readable on it. */
export function ToneChip({
  tone,
  label,
  title,
}: {
  tone: Tone;
  label: string;
  title?: string;
}) {
  const theme = useTheme();
  const background = theme.palette.status[tone];
  return (
    <Chip
      size="small"
      label={label}
      title={title}
      style={{
        backgroundColor: background,
        color: theme.palette.getContrastText(background),
      }}
    />
  );
}
