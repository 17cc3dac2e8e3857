import { signalFromCheck } from '@aidlc/plugin-mlops-node';

export const driftMonitored = signalFromCheck({
  id: 'drift-monitored',
  stage: 'monitoring',
  title: 'Every endpoint is watched for drift',
  checkId: 'drift-monitoring-in-place',
  howTo:
    "Deploy the template's drift job (with its CloudWatch alarm) or a Model Monitor schedule on each endpoint.",
});
