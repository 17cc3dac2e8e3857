import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const safeDeployment: ComplianceCheck = {
  id: 'safe-deployment',
  title: 'Blue/green deployment with traffic shifting and auto-rollback',
  principle: 'defense-in-depth',
  severity: 'medium',
  description:
    'A canary or linear shift watched by CloudWatch alarms rolls a bad model back before it takes all traffic.',
  remediation:
    'Set DeploymentConfig.BlueGreenUpdatePolicy (canary or linear) and AutoRollbackConfiguration.Alarms on the endpoint.',
  controls: {},
  evaluate: evidence =>
    evaluateEach(evidence, 'endpoints', {
      name: e => e.name,
      only: e => !e.variants.every(v => v.serverless),
      passes: e =>
        (e.deployment?.strategy === 'canary' ||
          e.deployment?.strategy === 'linear') &&
        e.deployment.autoRollbackAlarms.length > 0,
      failure:
        'deploys without canary or linear traffic shifting and rollback alarms',
    }),
};
