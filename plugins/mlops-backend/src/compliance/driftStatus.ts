import { DriftStatus, EndpointDrift } from '@aidlc/plugin-mlops-common';

/**
 * `failing` when a monitoring schedule or its last run failed; `drifting` when the last run found
 * violations or a metric's latest value passed its threshold; `unknown` with no monitoring at all.
 */
export function driftStatus(
  endpoint: Omit<EndpointDrift, 'status'>,
): DriftStatus {
  const { schedules, metrics } = endpoint;
  if (schedules.length === 0 && metrics.length === 0) return 'unknown';
  if (
    schedules.some(
      s => s.status === 'Failed' || s.lastExecution?.status === 'Failed',
    )
  ) {
    return 'failing';
  }
  const violated = schedules.some(s => (s.lastExecution?.violations ?? 0) > 0);
  const overThreshold = metrics.some(m => {
    const latest = m.points[m.points.length - 1];
    return (
      m.threshold !== undefined &&
      latest !== undefined &&
      latest.v > m.threshold
    );
  });
  return violated || overThreshold ? 'drifting' : 'ok';
}

/** The worst status of several endpoints, for one entity; an unmonitored endpoint is worse than a healthy one. */
export function worstDriftStatus(statuses: DriftStatus[]): DriftStatus {
  const order: DriftStatus[] = ['failing', 'drifting', 'unknown', 'ok'];
  return order.find(s => statuses.includes(s)) ?? 'unknown';
}
