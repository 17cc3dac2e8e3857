import { signalFromCheck } from '@aidlc/plugin-mlops-node';

export const approvedVersionServed = signalFromCheck({
  id: 'approved-version-served',
  stage: 'deployment',
  title: 'An approved version serves',
  checkId: 'approved-model-served',
  howTo:
    'Approve a version in the model registry and deploy it; the template deploys only approved versions.',
});
