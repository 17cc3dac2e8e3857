import { everyBlock, TerraformRule } from '../TerraformRule';

const BROAD = /(AdministratorAccess|PowerUserAccess|IAMFullAccess|FullAccess)$/;

export const iamNoAdminPolicies: TerraformRule = {
  id: 'role-no-admin-policies',
  severity: 'critical',
  title: 'No admin or full-access managed policies on roles',
  check: model =>
    everyBlock(
      model.resources('aws_iam_role_policy_attachment'),
      a => !BROAD.test(String(a.body.policy_arn ?? '')),
      'attaches an admin or full-access managed policy',
    ),
};
