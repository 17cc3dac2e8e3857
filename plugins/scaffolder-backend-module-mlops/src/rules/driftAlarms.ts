import { TerraformRule } from '../TerraformRule';

export const driftAlarms: TerraformRule = {
  id: 'drift-monitoring-in-place',
  severity: 'high',
  title: 'Alarms on the drift metrics',
  check: model =>
    model
      .resources('aws_cloudwatch_metric_alarm')
      .some(a => /feature_baseline_drift/.test(JSON.stringify(a.body)))
      ? []
      : [
          {
            message:
              'No aws_cloudwatch_metric_alarm on a feature_baseline_drift_* metric',
          },
        ],
};
