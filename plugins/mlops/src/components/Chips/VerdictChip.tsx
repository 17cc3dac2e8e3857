import { Verdict, VERDICT_TEXT } from '@aidlc/plugin-mlops-common';
import { Tone, ToneChip } from './ToneChip';

export const VERDICT_TONES: Record<Verdict, Tone> = {
  blocked: 'error',
  at_risk: 'warning',
  evidence_missing: 'running',
  passing: 'ok',
  not_evaluated: 'aborted',
};

/**
 * Whether a service may ship, in its colour, with what the verdict means on hover; `label` replaces
 * the verdict's name (a count of services, say).
 */
export function VerdictChip({
  verdict,
  label = VERDICT_TEXT[verdict].label,
}: {
  verdict: Verdict;
  label?: string;
}) {
  return (
    <ToneChip
      tone={VERDICT_TONES[verdict]}
      label={label}
      title={VERDICT_TEXT[verdict].meaning}
    />
  );
}
