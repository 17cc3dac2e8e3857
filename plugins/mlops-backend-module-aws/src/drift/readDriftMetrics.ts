import {
  DriftSeries,
  MonitoringSchedule,
  parseDriftMethod,
} from '@aidlc/plugin-mlops-common';
import {
  Metric,
  MetricDataQuery,
  paginateGetMetricData,
  paginateListMetrics,
} from '@aws-sdk/client-cloudwatch';
import { AwsClients } from '../AwsClients';

/** Where Model Monitor publishes; the template's drift job publishes in `mlops.aws.driftNamespace`. */
export const MODEL_MONITOR_NAMESPACES = [
  'aws/sagemaker/Endpoints/data-metrics',
  'aws/sagemaker/Endpoints/model-metrics',
  'aws/sagemaker/Endpoints/bias-metrics',
  'aws/sagemaker/Endpoints/explainability-metrics',
];

/** GetMetricData takes at most 500 queries and returns at most 100,800 points per call. */
export const QUERIES_PER_CALL = 500;
const POINTS_PER_SERIES = Math.floor(100_800 / QUERIES_PER_CALL);

// AWS documents both spellings of these dimensions.
const ENDPOINT_DIMENSIONS = ['Endpoint', 'EndpointName'];
const SCHEDULE_DIMENSIONS = ['MonitoringSchedule', 'ScheduleName'];

export interface DriftOptions {
  driftNamespace: string;
  /** How far back the series go */
  lookbackMs: number;
  threshold: number;
  now?: Date;
}

/** Drift of one endpoint: its metric series, and the project drift jobs seen through their metrics. */
export interface EndpointDriftMetrics {
  metrics: DriftSeries[];
  driftJobs: MonitoringSchedule[];
}

function dimension(metric: Metric, names: string[]) {
  return metric.Dimensions?.find(d => names.includes(d.Name ?? ''))?.Value;
}

/** A period that keeps a series of the look-back window under the per-call point limit, in whole hours. */
export function periodSeconds(lookbackMs: number): number {
  const hours = Math.ceil(lookbackMs / 3_600_000 / POINTS_PER_SERIES);
  return Math.max(1, hours) * 3600;
}

/**
 * Reads the drift metrics of every endpoint of one account and region: one `ListMetrics` walk per
 * namespace, then `GetMetricData` with up to 500 series per call across all endpoints of the
 * refresh, not one call per chart.
 */
export async function readDriftMetrics(
  clients: AwsClients,
  endpointNames: string[],
  options: DriftOptions,
): Promise<Map<string, EndpointDriftMetrics>> {
  const wanted = new Set(endpointNames);
  if (wanted.size === 0) return new Map(); // registry-only entities: nothing to list
  const found: {
    metric: Metric;
    endpoint: string;
    schedule?: string;
    custom: boolean;
  }[] = [];
  for (const namespace of [
    ...MODEL_MONITOR_NAMESPACES,
    options.driftNamespace,
  ]) {
    for await (const page of paginateListMetrics(
      { client: clients.cloudwatch },
      { Namespace: namespace },
    )) {
      for (const metric of page.Metrics ?? []) {
        const endpoint = dimension(metric, ENDPOINT_DIMENSIONS);
        if (
          !endpoint ||
          !wanted.has(endpoint) ||
          !/drift/.test(metric.MetricName ?? '')
        )
          continue;
        const schedule = dimension(metric, SCHEDULE_DIMENSIONS);
        found.push({
          metric,
          endpoint,
          schedule,
          custom: namespace === options.driftNamespace,
        });
      }
    }
  }

  const now = options.now ?? new Date();
  const start = new Date(now.getTime() - options.lookbackMs);
  const period = periodSeconds(options.lookbackMs);
  const points = new Map<string, { t: string; v: number }[]>();
  for (let first = 0; first < found.length; first += QUERIES_PER_CALL) {
    const queries: MetricDataQuery[] = found
      .slice(first, first + QUERIES_PER_CALL)
      .map((f, i) => ({
        Id: `m${first + i}`,
        MetricStat: { Metric: f.metric, Period: period, Stat: 'Maximum' },
        ReturnData: true,
      }));
    for await (const page of paginateGetMetricData(
      { client: clients.cloudwatch },
      {
        MetricDataQueries: queries,
        StartTime: start,
        EndTime: now,
        ScanBy: 'TimestampAscending',
      },
    )) {
      for (const result of page.MetricDataResults ?? []) {
        const series = points.get(result.Id!) ?? [];
        (result.Timestamps ?? []).forEach((t, i) => {
          const v = result.Values?.[i];
          if (typeof v === 'number' && Number.isFinite(v))
            series.push({ t: t.toISOString(), v });
        });
        points.set(result.Id!, series);
      }
    }
  }

  const drift = new Map<string, EndpointDriftMetrics>(
    endpointNames.map(name => [name, { metrics: [], driftJobs: [] }]),
  );
  const sameName = new Map<string, number>();
  for (const f of found) {
    const key = `${f.endpoint}/${f.metric.MetricName}`;
    sameName.set(key, (sameName.get(key) ?? 0) + 1);
  }
  found.forEach((f, i) => {
    const series = (points.get(`m${i}`) ?? []).sort((a, b) =>
      a.t.localeCompare(b.t),
    );
    const name =
      sameName.get(`${f.endpoint}/${f.metric.MetricName}`)! > 1 && f.schedule
        ? `${f.metric.MetricName} (${f.schedule})`
        : f.metric.MetricName!;
    const endpoint = drift.get(f.endpoint)!;
    // Model Monitor publishes its own distance; the project's drift job names its measure.
    const method = f.custom
      ? parseDriftMethod(dimension(f.metric, ['Method']))
      : 'model_monitor';
    endpoint.metrics.push({
      name,
      ...(method ? { method } : {}),
      threshold: options.threshold,
      points: series,
    });
    if (f.custom)
      addDriftJobRun(
        endpoint,
        f.schedule ?? 'drift-job',
        series,
        options.threshold,
      );
  });
  for (const endpoint of drift.values())
    endpoint.metrics.sort((a, b) => a.name.localeCompare(b.name));
  return drift;
}

/**
 * The project's drift job has no Model Monitor schedule to list: it shows as a schedule of type
 * `DriftJob` whose last run is its latest data point, with a violation per feature past the threshold.
 */
function addDriftJobRun(
  endpoint: EndpointDriftMetrics,
  name: string,
  series: { t: string; v: number }[],
  threshold: number,
) {
  let job = endpoint.driftJobs.find(j => j.name === name);
  if (!job) {
    job = { name, type: 'DriftJob', status: 'Scheduled' };
    endpoint.driftJobs.push(job);
  }
  const last = series[series.length - 1];
  if (!last) return;
  if (!job.lastExecution || last.t > job.lastExecution.scheduledAt) {
    job.lastExecution = {
      status: 'Completed',
      scheduledAt: last.t,
      violations: 0,
    };
  }
  if (last.t === job.lastExecution.scheduledAt && last.v > threshold) {
    job.lastExecution.violations += 1;
    job.lastExecution.status = 'CompletedWithViolations';
  }
}
