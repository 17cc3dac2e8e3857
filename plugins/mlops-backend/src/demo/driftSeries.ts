import { DriftMethod, DriftSeries } from '@aidlc/plugin-mlops-common';

/** One point every six hours. */
const STEP_MS = 6 * 3_600_000;

/**
 * A drift metric over the look-back window ending now: one point every six hours, moving from
 * `from` to `to` faster towards the end (drift tends to accelerate), with small deterministic
 * noise so the same file always draws the same chart.
 */
export function driftSeries(
  metric: {
    name: string;
    method?: DriftMethod;
    threshold?: number;
    from: number;
    to: number;
  },
  now: Date,
  lookbackMs: number,
): DriftSeries {
  const end = Math.floor(now.getTime() / 3_600_000) * 3_600_000;
  const steps = Math.round(lookbackMs / STEP_MS);
  const spread = 0.06 * Math.max(Math.abs(metric.from), Math.abs(metric.to));
  const points = Array.from({ length: steps + 1 }, (_, i) => {
    const progress = i / steps;
    const trend = metric.from + (metric.to - metric.from) * progress ** 2;
    const noise =
      i === steps ? 0 : spread * (noiseOf(`${metric.name}#${i}`) - 0.5);
    return {
      t: new Date(end - (steps - i) * STEP_MS).toISOString(),
      v: Math.round(Math.max(0, trend + noise) * 10_000) / 10_000,
    };
  });
  return {
    name: metric.name,
    ...(metric.method ? { method: metric.method } : {}),
    threshold: metric.threshold,
    points,
  };
}

/** A stable number in [0, 1) for a string (FNV-1a). */
function noiseOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  }
  return (hash >>> 0) / 2 ** 32;
}
