import { LifecycleSignal } from '@aidlc/plugin-mlops-node';
import { latestTrainingJobOf } from './signalEvidence';

const DAY_MS = 86_400_000;
/** A model older than this is stale; twice as old, training has stopped. */
const RECENT_DAYS = 90;

export const recentTraining: LifecycleSignal = {
  id: 'recent-training',
  stage: 'training',
  title: `Trained in the last ${RECENT_DAYS} days`,
  howTo:
    'Run the training pipeline again (on new data, or on a schedule or drift trigger) and register the new version.',
  evaluate: (evidence, { now }) => {
    const latest = latestTrainingJobOf(evidence);
    if ('outcome' in latest) return latest.outcome;
    const { job } = latest;
    if (!job.createdAt) {
      return {
        status: 'unknown',
        resource: job.name,
        message: `The source does not tell when ${job.name} ran`,
      };
    }
    const days = Math.floor(
      (now.getTime() - Date.parse(job.createdAt)) / DAY_MS,
    );
    let status: 'in_place' | 'partial' | 'missing' = 'missing';
    if (days <= RECENT_DAYS) status = 'in_place';
    else if (days <= 2 * RECENT_DAYS) status = 'partial';
    return {
      status,
      resource: job.name,
      message: `${job.name} ran ${days} days ago`,
      evidence: { job: job.name, createdAt: job.createdAt },
    };
  },
};
