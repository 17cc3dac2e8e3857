import { signalFromCheck } from '@aidlc/plugin-mlops-node';
import { whenServing } from './signalEvidence';

export const safeRollout = signalFromCheck({
  id: 'safe-rollout',
  stage: 'deployment',
  title: 'Rollouts are gradual and roll back on alarms',
  checkId: 'safe-deployment',
  notApplicable: whenServing,
  howTo:
    'Deploy with a canary or linear blue/green policy and auto-rollback alarms on the endpoint.',
});
