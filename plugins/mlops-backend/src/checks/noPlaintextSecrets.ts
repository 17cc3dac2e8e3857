import { ComplianceCheck } from '@aidlc/plugin-mlops-node';

export const noPlaintextSecrets: ComplianceCheck = {
  id: 'no-plaintext-secrets',
  title:
    'No plaintext secrets in the environment of model containers or Lambda fronts',
  principle: 'least-privilege',
  severity: 'critical',
  description:
    'Environment variables are readable by anyone who may describe the model, and end up in logs; credentials belong in Secrets Manager or an IAM role.',
  remediation:
    'Remove the variable; give the model an execution role for AWS access, or read the secret from Secrets Manager at start-up (pass its ARN, not its value).',
  controls: { securityHub: 'ECS.8', checkov: 'CKV_AWS_45' },
  evaluate: evidence => {
    const gap = evidence.gaps?.models ?? evidence.gaps?.inferenceApis;
    if (gap) return { status: 'error', message: gap };
    // The model containers, and the Lambda functions or ECS tasks in front of them
    const holders = [
      ...(evidence.models ?? []).flatMap(m =>
        m.environment ? [{ name: m.name, environment: m.environment }] : [],
      ),
      ...(evidence.inferenceApis ?? []).flatMap(a =>
        a.compute ? [a.compute] : [],
      ),
    ];
    if (holders.length === 0) {
      return { status: 'not_applicable', message: 'No environment to check' };
    }
    const leaks = holders.flatMap(h =>
      h.environment
        .filter(v => v.secretLike)
        .map(v => ({ holder: h.name, variable: v.name, why: v.secretLike })),
    );
    if (leaks.length > 0) {
      return {
        status: 'fail',
        resource: [...new Set(leaks.map(l => l.holder))].join(', '),
        message: leaks
          .map(l => `${l.holder} sets ${l.variable} (${l.why})`)
          .join('; '),
        evidence: leaks,
      };
    }
    return {
      status: 'pass',
      resource: holders.map(h => h.name).join(', '),
      evidence: holders.map(h => ({
        holder: h.name,
        variables: h.environment.map(v => v.name),
      })),
    };
  },
};
