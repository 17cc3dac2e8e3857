import { GetWebACLCommand, Statement } from '@aws-sdk/client-wafv2';
import { parse } from '@aws-sdk/util-arn-parser';
import { AwsClients } from '../AwsClients';

/** Rate-based statements, also inside the and/or/not statements that may wrap them. */
function rateLimits(statement: Statement | undefined): number[] {
  if (!statement) return [];
  if (statement.RateBasedStatement?.Limit !== undefined)
    return [statement.RateBasedStatement.Limit];
  return [
    ...(statement.AndStatement?.Statements ?? []),
    ...(statement.OrStatement?.Statements ?? []),
  ].flatMap(rateLimits);
}

/**
 * The rate-based rule of the web ACL a stage is associated with, as "WAF rule NAME: N requests per
 * 5 minutes", or undefined when it has none. The ARN names the ACL: `.../regional/webacl/NAME/ID`.
 */
export async function readWebAclRateLimit(
  clients: AwsClients,
  webAclArn: string,
): Promise<string | undefined> {
  const [scope, , name, id] = parse(webAclArn).resource.split('/');
  const answer = await clients.wafv2.send(
    new GetWebACLCommand({
      Name: name,
      Id: id,
      Scope: scope === 'global' ? 'CLOUDFRONT' : 'REGIONAL',
    }),
  );
  for (const rule of answer.WebACL?.Rules ?? []) {
    const [limit] = rateLimits(rule.Statement);
    if (limit !== undefined && rule.Action?.Block) {
      return `WAF rule ${rule.Name}: ${limit} requests per 5 minutes per address`;
    }
  }
  return undefined;
}
