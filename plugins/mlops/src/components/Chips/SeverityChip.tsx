import { Severity } from '@aidlc/plugin-mlops-common';
import { Tone, ToneChip } from './ToneChip';

const SEVERITY_TONES: Record<Severity, Tone> = {
  critical: 'error',
  high: 'warning',
  medium: 'pending',
  low: 'aborted',
};

/** A severity in its colour: red for critical down to grey for low. */
export function SeverityChip({
  severity,
  label = severity,
}: {
  severity: Severity;
  label?: string;
}) {
  return <ToneChip tone={SEVERITY_TONES[severity]} label={label} />;
}
