import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const approvedModelServed: ComplianceCheck = {
  id: 'approved-model-served',
  title: 'Endpoints serve approved registry versions only',
  principle: 'everything-as-code',
  severity: 'critical',
  description:
    'Only a model package version approved in the registry may serve traffic; a pending, rejected or unregistered model skipped the review.',
  remediation:
    'Deploy from the registry: approve the version (or roll back to the approved one) and let the pipeline update the endpoint.',
  controls: {},
  evaluate: (evidence, { models }) => {
    const approved = new Set(
      models.flatMap(g =>
        g.versions.filter(v => v.approvalStatus === 'Approved').map(v => v.arn),
      ),
    );
    return evaluateEach(evidence, 'endpoints', {
      name: e => e.name,
      passes: e =>
        e.servedModelPackages.length > 0 &&
        e.servedModelPackages.every(arn => approved.has(arn)),
      failure: 'serves a model version that is not approved in the registry',
    });
  },
};
