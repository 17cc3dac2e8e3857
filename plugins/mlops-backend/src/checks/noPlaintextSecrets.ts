import { ComplianceCheck } from '@aidlc/plugin-mlops-node';

export const noPlaintextSecrets: ComplianceCheck = {
  id: 'no-plaintext-secrets',
  title: 'No plaintext secrets in model container environment variables',
  principle: 'least-privilege',
  severity: 'critical',
  description:
    'Environment variables are readable by anyone who may describe the model, and end up in logs; credentials belong in Secrets Manager or an IAM role.',
  remediation:
    'Remove the variable; give the model an execution role for AWS access, or read the secret from Secrets Manager at start-up (pass its ARN, not its value).',
  controls: { securityHub: 'ECS.8', checkov: 'CKV_AWS_45' },
  evaluate: evidence => {
    const gap = evidence.gaps?.models;
    if (gap) return { status: 'error', message: gap };
    const models = (evidence.models ?? []).filter(m => m.environment);
    if (models.length === 0) {
      return {
        status: 'not_applicable',
        message: 'No model environment to check',
      };
    }
    const leaks = models.flatMap(m =>
      (m.environment ?? [])
        .filter(v => v.secretLike)
        .map(v => ({ model: m.name, variable: v.name, why: v.secretLike })),
    );
    if (leaks.length > 0) {
      return {
        status: 'fail',
        resource: [...new Set(leaks.map(l => l.model))].join(', '),
        message: leaks
          .map(l => `${l.model} sets ${l.variable} (${l.why})`)
          .join('; '),
        evidence: leaks,
      };
    }
    return {
      status: 'pass',
      resource: models.map(m => m.name).join(', '),
      evidence: models.map(m => ({
        model: m.name,
        variables: m.environment!.map(v => v.name),
      })),
    };
  },
};
