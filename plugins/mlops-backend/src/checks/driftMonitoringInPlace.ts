import { ComplianceCheck } from '@aidlc/plugin-mlops-node';

export const driftMonitoringInPlace: ComplianceCheck = {
  id: 'drift-monitoring-in-place',
  title: 'Every endpoint has drift monitoring',
  principle: 'defense-in-depth',
  severity: 'high',
  description:
    "Either a Model Monitor schedule or the drift metrics of the project's own drift job (Model Monitor is closed to new AWS customers).",
  remediation:
    "Deploy the template's drift job (publishes feature_baseline_drift_<feature> to CloudWatch) or a Model Monitor schedule.",
  controls: {},
  evaluate: (_evidence, { endpoints }) => {
    if (endpoints.length === 0)
      return { status: 'not_applicable', message: 'No endpoints' };
    const unwatched = endpoints.filter(
      e => e.schedules.length === 0 && e.metrics.length === 0,
    );
    return unwatched.length > 0
      ? {
          status: 'fail',
          resource: unwatched.map(e => e.name).join(', '),
          message: `${unwatched
            .map(e => e.name)
            .join(', ')} has no monitoring schedule and no drift metrics`,
        }
      : {
          status: 'pass',
          resource: endpoints.map(e => e.name).join(', '),
          evidence: endpoints.map(e => ({
            endpoint: e.name,
            schedules: e.schedules.map(s => s.name),
            metrics: e.metrics.map(m => m.name),
          })),
        };
  },
};
