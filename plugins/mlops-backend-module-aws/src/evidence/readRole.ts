import { PolicyDocument, RoleEvidence } from '@aidlc/plugin-mlops-node';
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  paginateListAttachedRolePolicies,
  paginateListRolePolicies,
} from '@aws-sdk/client-iam';
import { parse } from '@aws-sdk/util-arn-parser';
import { AwsClients } from '../AwsClients';

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
  // arn:aws:iam::<account>:role/<path>/<name>
  const roleName = parse(arn).resource.split('/').pop()!;
  const attached: { name: string; arn: string }[] = [];
  const inlineNames: string[] = [];
  for await (const page of paginateListAttachedRolePolicies(
    { client: iam },
    { RoleName: roleName },
  )) {
    for (const p of page.AttachedPolicies ?? [])
      attached.push({ name: p.PolicyName ?? '', arn: p.PolicyArn ?? '' });
  }
  for await (const page of paginateListRolePolicies(
    { client: iam },
    { RoleName: roleName },
  )) {
    inlineNames.push(...(page.PolicyNames ?? []));
  }
  const inline = inlineNames.map(async name => {
    const policy = await iam.send(
      new GetRolePolicyCommand({ RoleName: roleName, PolicyName: name }),
    );
    return {
      name,
      document: parseDocument(policy.PolicyDocument, `${arn} (${name})`),
    };
  });
  const customerManaged = attached
    .filter(p => !AWS_MANAGED.test(p.arn))
    .map(async p => {
      const { Policy } = await iam.send(
        new GetPolicyCommand({ PolicyArn: p.arn }),
      );
      const { PolicyVersion } = await iam.send(
        new GetPolicyVersionCommand({
          PolicyArn: p.arn,
          VersionId: Policy?.DefaultVersionId,
        }),
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
