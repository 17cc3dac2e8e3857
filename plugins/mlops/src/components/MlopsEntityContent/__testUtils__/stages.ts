import {
  LIFECYCLE_STAGES,
  LifecycleSignalResult,
  StageLifecycle,
  STAGE_TEXT,
  stageStatusOf,
} from '@aidlc/plugin-mlops-common';

const signal = (
  stage: StageLifecycle['stage'],
  id: string,
  title: string,
  more: Partial<LifecycleSignalResult> = {},
): LifecycleSignalResult => ({
  id,
  stage,
  title,
  status: 'in_place',
  howTo: `Put ${title.toLocaleLowerCase('en-US')} in place.`,
  ...more,
});

/** A service stuck before monitoring: nothing retrains it when it drifts. */
export const stuckBeforeMonitoring: StageLifecycle[] = LIFECYCLE_STAGES.map(
  stage => {
    const signals =
      stage === 'monitoring'
        ? [
            signal(
              stage,
              'drift-monitored',
              'Every endpoint is watched for drift',
              {
                checkId: 'drift-monitoring-in-place',
              },
            ),
            signal(stage, 'retraining-trigger', 'Drift starts retraining', {
              status: 'missing',
              message: 'No enabled EventBridge rule starts txn-anomaly-rcf',
              resource:
                'arn:aws:sagemaker:eu-west-1:111122223333:pipeline/txn-anomaly-rcf',
              howTo:
                'Add an EventBridge rule that starts the training pipeline when the drift alarm goes to ALARM.',
            }),
          ]
        : [
            signal(
              stage,
              `${stage}-signal`,
              `${STAGE_TEXT[stage].label} signal`,
              {
                message: `${STAGE_TEXT[stage].label} is in place`,
                resource: 's3://fraud-data-111122223333/raw/',
              },
            ),
          ];
    return {
      stage,
      title: STAGE_TEXT[stage].label,
      status: stageStatusOf(signals),
      signals,
    };
  },
);
