import { Finding, TerraformRule } from '../TerraformRule';
import { documentsOf, sourceDocuments, statements } from './policyDocuments';

const WILDCARD_ACTION = /^(\*|[a-z0-9-]+:\*)$/;

/** Actions AWS offers no resource-level scope for: `"*"` is the only resource they take. */
const UNSCOPED = new Set([
  'ec2:CreateNetworkInterface',
  'ec2:CreateNetworkInterfacePermission',
  'ec2:DeleteNetworkInterface',
  'ec2:DeleteNetworkInterfacePermission',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeVpcs',
  'ec2:DescribeDhcpOptions',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
  'ecr:GetAuthorizationToken',
  'cloudwatch:PutMetricData',
]);

export const iamNoWildcards: TerraformRule = {
  id: 'role-no-wildcards',
  severity: 'high',
  title: 'Role policies name their actions and resources',
  check: model => {
    const attached = [
      ...model.resources('aws_iam_role_policy'),
      ...model.resources('aws_iam_policy'),
    ];
    const documents = new Map(
      attached
        .flatMap(p => documentsOf(model, p))
        .flatMap(d => [d, ...sourceDocuments(model, d)])
        .map(d => [d.name, d]),
    );
    const findings: Finding[] = [];
    for (const document of documents.values()) {
      for (const s of statements(document)) {
        if (s.effect?.toLowerCase() === 'deny') continue;
        const actions = (s.actions ?? []).filter(a => WILDCARD_ACTION.test(a));
        // "*" resources pass only for actions that take nothing else, or when a condition narrows them.
        const everything =
          (s.resources ?? []).includes('*') &&
          !s.condition?.length &&
          !(s.actions ?? []).every(a => UNSCOPED.has(a));
        if (actions.length > 0 || everything) {
          findings.push({
            resource: `data.aws_iam_policy_document.${document.name}`,
            file: document.file,
            message: `data.aws_iam_policy_document.${document.name} allows ${[
              ...actions,
              ...(everything ? ['resources "*"'] : []),
            ].join(', ')}`,
          });
        }
      }
    }
    return findings;
  },
};
