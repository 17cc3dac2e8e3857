import { LifecycleSignal } from '@aidlc/plugin-mlops-node';
import { latestTrainingJobOf } from './signalEvidence';

export const experimentTracking: LifecycleSignal = {
  id: 'experiment-tracking',
  stage: 'development',
  title: 'Experiments are tracked',
  howTo:
    'Report training runs to SageMaker Experiments (a pipeline experiment config) or to a SageMaker managed MLflow tracking server (MLFLOW_TRACKING_URI).',
  evaluate: evidence => {
    const latest = latestTrainingJobOf(evidence);
    if ('outcome' in latest) return latest.outcome;
    const { job } = latest;
    const { experiment, mlflowTrackingServer } = job.tracking ?? {};
    if (experiment || mlflowTrackingServer) {
      return {
        status: 'in_place',
        resource: job.name,
        message: experiment
          ? `${job.name} is tracked in experiment ${experiment}`
          : `${job.name} reports to MLflow at ${mlflowTrackingServer}`,
        evidence: job.tracking,
      };
    }
    const servers = (evidence.trackingServers ?? []).filter(
      s => s.status !== 'Stopped' && s.status !== 'Deleted',
    );
    return servers.length > 0
      ? {
          status: 'partial',
          resource: servers.map(s => s.arn).join(', '),
          message: `MLflow runs in the account (${servers
            .map(s => s.name)
            .join(', ')}), but ${job.name} reports to no experiment`,
        }
      : {
          status: 'missing',
          resource: job.name,
          message: `${job.name} reports to no experiment and the account has no tracking server`,
        };
  },
};
