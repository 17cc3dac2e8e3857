import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';
import { wildcardGrants } from './policyStatements';

export const roleNoWildcards: ComplianceCheck = {
  id: 'role-no-wildcards',
  title: 'Execution roles name their actions and resources',
  principle: 'least-privilege',
  severity: 'high',
  description:
    'A wildcard action or resource in an execution role lets a compromised job reach far beyond its own data.',
  remediation:
    'Replace "*" and "service:*" with the actions the job needs, and "*" resources with the ARNs of its buckets, keys and log groups.',
  controls: { securityHub: 'IAM.21', checkov: 'CKV_AWS_355' },
  evaluate: evidence =>
    evaluateEach(evidence, 'roles', {
      name: r => r.arn,
      passes: r =>
        r.inlinePolicies.every(p => wildcardGrants(p.document).length === 0),
      failure: 'allows wildcard actions or resources',
    }),
};
