import {
  DriftSeries,
  DriftStatus,
  EndpointDrift,
  ModelGroup,
  worstDriftStatus,
} from '@aidlc/plugin-mlops-common';

/**
 * `failing` when a monitoring schedule or its last run failed; `drifting` when the last run found
 * violations or a metric's latest value passed its threshold; `not_monitored` with no monitoring.
 */
export function driftStatus(
  endpoint: Omit<EndpointDrift, 'status'>,
): DriftStatus {
  const { schedules, metrics } = endpoint;
  if (schedules.length === 0 && metrics.length === 0) return 'not_monitored';
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

/**
 * The drift of a model group: the worst status of the endpoints that serve its versions, so the
 * Model Catalog says of a group what the ML tab says of its endpoints. A group that serves nowhere
 * (or whose source does not say where) takes the entity's status.
 */
export function groupDriftStatus(
  group: ModelGroup,
  endpoints: EndpointDrift[],
  entityStatus: DriftStatus,
): DriftStatus {
  const serving = new Set(
    group.versions.flatMap(v => (v.deployments ?? []).map(d => d.endpoint)),
  );
  const statuses = endpoints
    .filter(e => serving.has(e.name))
    .map(e => e.status);
  return statuses.length > 0 ? worstDriftStatus(statuses) : entityStatus;
}

/**
 * A series as the drift card explains it: the feature its name names, and since when it has stayed
 * above its threshold (the start of the trailing run of points over it).
 */
export function describeSeries(series: DriftSeries): DriftSeries {
  const { feature: _, aboveThresholdSince: __, ...plain } = series;
  const feature = /^feature_baseline_drift_(.+)$/.exec(series.name)?.[1];
  let since: string | undefined;
  if (series.threshold !== undefined) {
    for (let i = series.points.length - 1; i >= 0; i--) {
      if (series.points[i].v <= series.threshold) break;
      since = series.points[i].t;
    }
  }
  return {
    ...plain,
    ...(feature ? { feature } : {}),
    ...(since ? { aboveThresholdSince: since } : {}),
  };
}
