import { LifecycleSignal } from '@aidlc/plugin-mlops-node';
import { readable } from './signalEvidence';

export const retrainingTrigger: LifecycleSignal = {
  id: 'retraining-trigger',
  stage: 'monitoring',
  title: 'Drift starts retraining',
  howTo:
    'Add an EventBridge rule that starts the training pipeline when the drift alarm goes to ALARM (the template creates one); a schedule alone retrains blind.',
  evaluate: evidence => {
    const read = readable(evidence, 'pipelines', 'the SageMaker pipelines');
    if ('outcome' in read) return read.outcome;
    if (read.items.length === 0)
      return { status: 'missing', message: 'No SageMaker pipeline found' };
    const triggers = read.items.flatMap(p =>
      p.triggers
        .filter(t => t.enabled)
        .map(trigger => ({ pipeline: p.name, ...trigger })),
    );
    const onAlarm = triggers.filter(t => t.alarms?.length);
    if (onAlarm.length > 0) {
      return {
        status: 'in_place',
        resource: onAlarm.map(t => t.rule).join(', '),
        message: onAlarm
          .map(t => `${t.rule} starts ${t.pipeline} on ${t.alarms!.join(', ')}`)
          .join('; '),
        evidence: onAlarm,
      };
    }
    const scheduled = triggers.filter(t => t.schedule);
    return scheduled.length > 0
      ? {
          status: 'partial',
          resource: scheduled.map(t => t.rule).join(', '),
          message: `${scheduled
            .map(t => `${t.rule} (${t.schedule})`)
            .join(', ')} retrains on a schedule, not on drift`,
          evidence: scheduled,
        }
      : {
          status: 'missing',
          resource: read.items.map(p => p.arn).join(', '),
          message: `No enabled EventBridge rule starts ${read.items
            .map(p => p.name)
            .join(', ')}`,
        };
  },
};
