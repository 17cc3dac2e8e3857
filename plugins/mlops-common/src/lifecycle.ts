import { everyMember } from './everyMember';
import { LifecycleSignalResult, LifecycleStage, SignalStatus } from './types';

/** The six stages of the AI development life cycle, in the order a service goes through them. @public */
export const LIFECYCLE_STAGES = everyMember<LifecycleStage>()(
  'collection',
  'preparation',
  'development',
  'training',
  'deployment',
  'monitoring',
);

/** What each stage is called in the portal, and what it asks for. @public */
export const STAGE_TEXT: Record<
  LifecycleStage,
  { label: string; short: string; meaning: string }
> = {
  collection: {
    label: 'Data collection',
    short: 'Collection',
    meaning: 'Secure ingestion and validation of the data',
  },
  preparation: {
    label: 'Data preparation',
    short: 'Preparation',
    meaning: 'Versioned preprocessing pipelines',
  },
  development: {
    label: 'Model development',
    short: 'Development',
    meaning: 'Experiments tracked',
  },
  training: {
    label: 'Model training',
    short: 'Training',
    meaning: 'Reproducible, recent training',
  },
  deployment: {
    label: 'Model deployment',
    short: 'Deployment',
    meaning: 'Approved versions, safe rollouts, resilient serving',
  },
  monitoring: {
    label: 'Monitoring and maintenance',
    short: 'Monitoring',
    meaning: 'Drift detection with alarms, and retraining it triggers',
  },
};

/** Signal statuses, from done to unknown. @public */
export const SIGNAL_STATUSES = everyMember<SignalStatus>()(
  'in_place',
  'partial',
  'missing',
  'unknown',
);

/** What each status is called in the portal. @public */
export const SIGNAL_STATUS_TEXT: Record<SignalStatus, string> = {
  in_place: 'In place',
  partial: 'Partial',
  missing: 'Missing',
  unknown: 'Unknown',
};

/**
 * The status of a stage from its signals: in place when every signal is, missing when none is
 * there even in part, unknown when nothing is known to be missing but something could not be told
 * (a stage is never in place on evidence that could not be read), partial otherwise.
 * @public
 */
export function stageStatusOf(
  signals: Pick<LifecycleSignalResult, 'status'>[],
): SignalStatus {
  const has = (status: SignalStatus) => signals.some(s => s.status === status);
  if (signals.length === 0) return 'unknown';
  if (signals.every(s => s.status === 'in_place')) return 'in_place';
  if (!has('in_place') && !has('partial')) {
    return has('missing') ? 'missing' : 'unknown';
  }
  return has('missing') || has('partial') ? 'partial' : 'unknown';
}
