/** A 12-digit AWS account id. @public */
export const AWS_ACCOUNT_ID_PATTERN = /^\d{12}$/;

/** An AWS region name such as `eu-west-1`, `us-gov-west-1` or `ap-southeast-2`. @public */
export const AWS_REGION_PATTERN =
  /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]{1,12}-\d{1,2}$/;

/** Whether IAM actions (as written in a policy) include `s3:GetObject`. @public */
export function includesObjectReads(actions: string[]): boolean {
  return actions.some(a =>
    ['s3:getobject', 's3:get*', 's3:*', '*'].includes(a.toLowerCase()),
  );
}

const NEGATED_OPERATOR =
  /^(ArnNotEquals|ArnNotLike|StringNotEquals|StringNotLike)(IfExists)?$/;

/**
 * Whether a condition of a Deny exempts the principals it names (`ArnNotEquals` on
 * `aws:PrincipalArn`, ...): the Deny then holds for everyone else. `keys` are the condition keys
 * that name principals, in lower case. @public
 */
export function exemptsNamedPrincipals(
  operator: string,
  key: string,
  keys: string[] = ['aws:principalarn', 'aws:userid', 'aws:principalaccount'],
): boolean {
  return NEGATED_OPERATOR.test(operator) && keys.includes(key.toLowerCase());
}

/** The CIDR blocks of every IPv4 and IPv6 address: a security group rule open to the world. @public */
export const ANYWHERE_CIDRS = ['0.0.0.0/0', '::/0'];
