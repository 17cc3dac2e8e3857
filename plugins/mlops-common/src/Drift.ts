/** Drift state of an endpoint: `drifting` when a metric passed its threshold or the last execution found violations, `failing` when monitoring itself failed. @public */
export type DriftStatus = 'ok' | 'drifting' | 'failing' | 'unknown';

/** The last run of a monitoring schedule. @public */
export interface MonitoringExecution {
  /** SageMaker's execution status: Completed, CompletedWithViolations, Failed, ... */
  status: string;
  /** ISO 8601 */
  scheduledAt: string;
  violations: number;
}

/** A Model Monitor schedule, or the project's own drift job. @public */
export interface MonitoringSchedule {
  name: string;
  /** DataQuality, ModelQuality, ModelBias, ModelExplainability or DriftJob */
  type: string;
  /** Scheduled, Pending, Stopped or Failed */
  status: string;
  lastExecution?: MonitoringExecution;
}

/** A point of a drift metric: time (ISO 8601) and value. @public */
export interface DriftPoint {
  t: string;
  v: number;
}

/** One drift metric (for example `feature_baseline_drift_amount`) over the look-back window. @public */
export interface DriftSeries {
  name: string;
  threshold?: number;
  points: DriftPoint[];
}

/** Monitoring and drift of one endpoint. @public */
export interface EndpointDrift {
  name: string;
  status: DriftStatus;
  schedules: MonitoringSchedule[];
  metrics: DriftSeries[];
}
