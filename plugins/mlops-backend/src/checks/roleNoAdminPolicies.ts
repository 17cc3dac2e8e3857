import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

/** Managed policies that give a job far more than it needs. */
const BROAD_POLICY =
  /(^|\/)(AdministratorAccess|PowerUserAccess|IAMFullAccess|[A-Za-z0-9]+FullAccess)$/;

export const roleNoAdminPolicies: ComplianceCheck = {
  id: 'role-no-admin-policies',
  title: 'No admin or full-access managed policies on execution roles',
  principle: 'least-privilege',
  severity: 'critical',
  description:
    'AdministratorAccess and the *FullAccess managed policies (AmazonSageMakerFullAccess, AmazonS3FullAccess, ...) grant every action of a service on every resource.',
  remediation:
    "Detach them and attach a policy scoped to the job (see the template's iam module).",
  controls: {
    awsConfigRule: 'iam-policy-no-statements-with-admin-access',
    securityHub: 'IAM.1',
  },
  evaluate: evidence =>
    evaluateEach(evidence, 'roles', {
      name: r => r.arn,
      passes: r => !r.attachedManagedPolicies.some(p => BROAD_POLICY.test(p)),
      failure: 'has an admin or full-access managed policy',
    }),
};
