import { signalFromCheck } from '@aidlc/plugin-mlops-node';
import { whenServing } from './signalEvidence';

export const resilientServing = signalFromCheck({
  id: 'resilient-serving',
  stage: 'deployment',
  title: 'Production runs on more than one instance',
  checkId: 'multi-instance-production',
  notApplicable: whenServing,
  howTo: 'Run two or more instances on each production variant.',
});
