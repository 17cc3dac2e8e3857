import { EvidenceSection } from '@aidlc/plugin-mlops-node';
import { toError } from '@backstage/errors';

/** Evidence sections a source could not read, with the reason */
export type EvidenceGaps = Partial<Record<EvidenceSection, string>>;

const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'UnauthorizedException',
]);

/** True when AWS refused the call for lack of permission (not throttling, not a missing resource). */
export function isAccessDenied(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return DENIED.has(e?.name ?? '') || e?.$metadata?.httpStatusCode === 403;
}

/** True when AWS answered that the resource (or its optional configuration) does not exist. */
export function isNotFound(error: unknown, ...names: string[]): boolean {
  const e = error as { name?: string; Code?: string };
  return names.includes(e?.name ?? '') || names.includes(e?.Code ?? '');
}

/** The message of a gap: which IAM action AWS denied, so an operator knows what to grant. */
export function deniedMessage(action: string, resource: string): string {
  return `AWS denied ${action} on ${resource}: grant ${action} to the portal's role (see iam-policy.json of @aidlc/plugin-mlops-backend-module-aws)`;
}

/**
 * Reads one evidence section. A permission AWS denies becomes a gap that names the action (see
 * the `namedErrors` SDK middleware), so the checks that need the section report `error` instead of a false `pass`;
 * anything else (throttling after retries, a 5xx) propagates and marks the entity stale.
 */
export async function readSection<T>(
  gaps: EvidenceGaps,
  section: EvidenceSection,
  read: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (!isAccessDenied(error)) throw error;
    gaps[section] ??= toError(error).message;
    return undefined;
  }
}

const THROTTLED = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
]);
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'EHOSTUNREACH',
]);
/** What the SDK adds for developers: it means nothing to a portal user. */
const SDK_HINT =
  /\s*Deserialization error: to see the raw response, inspect the hidden field \{error\}\.\$response on this object\.?/g;

/** What went wrong with an AWS call, in words for the person who reads the ML tab. */
export function readableCause(
  error: Error & { code?: string; $metadata?: { attempts?: number } },
): string {
  const attempts = error.$metadata?.attempts;
  const tried = attempts && attempts > 1 ? ` (tried ${attempts} times)` : '';
  if (error.name === 'TimeoutError' || error.code === 'ETIMEDOUT') {
    return `timed out: AWS did not answer within mlops.aws.timeouts${tried}; the next refresh tries again`;
  }
  if (error.name === 'AbortError') {
    return 'stopped: the refresh ran past mlops.schedule.timeout; the next one tries again';
  }
  if (THROTTLED.has(error.name)) {
    return `throttled by AWS${tried}; the next refresh tries again`;
  }
  if (error.code && UNREACHABLE.has(error.code)) {
    return `could not reach AWS (${error.code}); check the network path or mlops.aws.endpoint`;
  }
  return error.message.replace(SDK_HINT, '').trim() || error.name;
}
