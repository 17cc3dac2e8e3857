import { Verdict, VERDICT_TEXT } from '@aidlc/plugin-mlops-common';
import { Tone, ToneChip } from './ToneChip';

export const VERDICT_TONES: Record<Verdict, Tone> = {
  blocked: 'error',
  at_risk: 'warning',
  evidence_missing: 'running',
  passing: 'ok',
  not_evaluated: 'aborted',
};

/** Whether a service may ship, in its colour, with what the verdict means on hover. */
export function VerdictChip({ verdict }: { verdict: Verdict }) {
  const { label, meaning } = VERDICT_TEXT[verdict];
  return (
    <ToneChip tone={VERDICT_TONES[verdict]} label={label} title={meaning} />
  );
}
