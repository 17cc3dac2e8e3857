import { EvidenceSection } from '@aidlc/plugin-mlops-common';

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
 * `describing`), so the checks that need the section report `error` instead of a false `pass`;
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
    gaps[section] ??= (error as Error).message;
    return undefined;
  }
}

/** Wraps a call so an error names the IAM action and resource it was about. */
export async function describing<T>(
  action: string,
  resource: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const e = error as Error;
    if (isAccessDenied(error)) {
      throw Object.assign(new Error(deniedMessage(action, resource)), {
        name: e.name,
      });
    }
    e.message = `${action} on ${resource} failed: ${e.message}`;
    throw e;
  }
}
