import { EnvironmentVariableEvidence } from './Evidence';

/** Words of a variable name that say it holds a credential (`HF_TOKEN`, not `MAX_NEW_TOKENS`). */
const SECRET_WORDS = new Set([
  'PASSWORD',
  'PASSWD',
  'SECRET',
  'TOKEN',
  'CREDENTIAL',
  'CREDENTIALS',
  'APIKEY',
]);
const SECRET_PAIRS = ['API KEY', 'ACCESS KEY', 'PRIVATE KEY', 'AUTH KEY'];

/** Values that point at a secret instead of holding it: ARNs, Parameter Store paths, dynamic references. */
const REFERENCE =
  /^(arn:aws[a-z-]*:(secretsmanager|ssm|kms):|\{\{resolve:|ssm:|\/)/;
/** Values too plain to be a credential: numbers and booleans. */
const PLAIN = /^(\d+(\.\d+)?|true|false)$/i;

function namesASecret(name: string): boolean {
  const words = name.toUpperCase().split(/[^A-Z0-9]+/);
  return (
    words.some(w => SECRET_WORDS.has(w)) ||
    SECRET_PAIRS.some(pair => ` ${words.join(' ')} `.includes(` ${pair} `))
  );
}

/**
 * Why an environment variable looks like a plaintext secret, or undefined. Sources judge it where
 * they read the value, so the value never leaves them (the evidence keeps the name and the reason);
 * the policy gate judges the literal values of the Terraform it checks.
 * @public
 */
export function secretLike(name: string, value: string): string | undefined {
  const trimmed = value.trim();
  if (/\b(AKIA|ASIA)[0-9A-Z]{16}\b/.test(trimmed))
    return 'its value is an AWS access key id';
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(trimmed))
    return 'its value is a private key';
  if (
    namesASecret(name) &&
    trimmed !== '' &&
    !REFERENCE.test(trimmed) &&
    !PLAIN.test(trimmed)
  )
    return 'its name says it holds a secret, and its value is not a reference to one';
  return undefined;
}

/**
 * An environment variable as evidence: its name, and why it looks like a plaintext secret when it
 * does. The value is judged here and dropped.
 * @public
 */
export function environmentVariable(
  name: string,
  value: string,
): EnvironmentVariableEvidence {
  const why = secretLike(name, value);
  return why ? { name, secretLike: why } : { name };
}
