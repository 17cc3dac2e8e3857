import { SignalStatus, SIGNAL_STATUS_TEXT } from '@aidlc/plugin-mlops-common';
import { Tone, ToneChip } from './ToneChip';

export const SIGNAL_TONES: Record<SignalStatus, Tone> = {
  in_place: 'ok',
  partial: 'warning',
  missing: 'error',
  unknown: 'aborted',
};

const MEANINGS: Record<SignalStatus, string> = {
  in_place: 'The evidence shows it',
  partial: 'Some of it is there',
  missing: 'The evidence shows it is not there',
  unknown: 'The evidence could not be read or does not tell',
};

/** Whether a stage or signal is in place, in its colour, with what that means on hover. */
export function StageStatusChip({ status }: { status: SignalStatus }) {
  return (
    <ToneChip
      tone={SIGNAL_TONES[status]}
      label={SIGNAL_STATUS_TEXT[status]}
      title={MEANINGS[status]}
    />
  );
}
