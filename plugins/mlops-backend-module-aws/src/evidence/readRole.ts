import { PolicyDocument, RoleEvidence } from '@aidlc/plugin-mlops-common';
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  paginateListAttachedRolePolicies,
  paginateListRolePolicies,
} from '@aws-sdk/client-iam';
import { AwsClients } from '../AwsClients';
import { describing } from '../awsErrors';

/** IAM returns policy documents URL-encoded. */
function parseDocument(
  encoded: string | undefined,
  where: string,
): PolicyDocument {
  try {
    return JSON.parse(decodeURIComponent(encoded ?? '')) as PolicyDocument;
  } catch {
    throw new Error(`The policy document of ${where} is not JSON`);
  }
}

const AWS_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\//;

/**
 * The policies of an execution role: names of attached managed policies, and the documents of its
 * inline and customer managed policies (AWS managed ones are judged by name).
 */
export async function readRole(
  clients: AwsClients,
  arn: string,
): Promise<Omit<RoleEvidence, 'usedBy'>> {
  const { iam } = clients;
  const roleName = arn.split('/').pop()!;
  const attached: { name: string; arn: string }[] = [];
  const inlineNames: string[] = [];
  await describing('iam:ListAttachedRolePolicies', arn, async () => {
    for await (const page of paginateListAttachedRolePolicies(
      { client: iam },
      { RoleName: roleName },
    )) {
      for (const p of page.AttachedPolicies ?? [])
        attached.push({ name: p.PolicyName ?? '', arn: p.PolicyArn ?? '' });
    }
  });
  await describing('iam:ListRolePolicies', arn, async () => {
    for await (const page of paginateListRolePolicies(
      { client: iam },
      { RoleName: roleName },
    )) {
      inlineNames.push(...(page.PolicyNames ?? []));
    }
  });
  const inline = inlineNames.map(async name => {
    const policy = await describing(
      'iam:GetRolePolicy',
      `${arn} (${name})`,
      () =>
        iam.send(
          new GetRolePolicyCommand({ RoleName: roleName, PolicyName: name }),
        ),
    );
    return {
      name,
      document: parseDocument(policy.PolicyDocument, `${arn} (${name})`),
    };
  });
  const customerManaged = attached
    .filter(p => !AWS_MANAGED.test(p.arn))
    .map(async p => {
      const { Policy } = await describing('iam:GetPolicy', p.arn, () =>
        iam.send(new GetPolicyCommand({ PolicyArn: p.arn })),
      );
      const { PolicyVersion } = await describing(
        'iam:GetPolicyVersion',
        p.arn,
        () =>
          iam.send(
            new GetPolicyVersionCommand({
              PolicyArn: p.arn,
              VersionId: Policy?.DefaultVersionId,
            }),
          ),
      );
      return {
        name: p.arn,
        document: parseDocument(PolicyVersion?.Document, p.arn),
      };
    });
  return {
    arn,
    attachedManagedPolicies: attached.map(p => p.name),
    inlinePolicies: await Promise.all([...inline, ...customerManaged]),
  };
}
