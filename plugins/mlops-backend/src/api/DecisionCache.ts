import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/** Most callers whose decisions are kept at once; the oldest go first. */
const MAX_CALLERS = 10_000;

/**
 * A caller's conditional decision on an `mlops-entity` permission is the same for every entity (the
 * conditions name the caller's claims, not the entity), so it is asked once and reused for a few
 * seconds: a page of the ML tab, or a burst of reads, costs one round trip to the permission
 * backend instead of one per request. A changed policy or membership counts after `ttlMs`.
 */
export class DecisionCache {
  private readonly decisions = new Map<
    string,
    { expires: number; decision: Promise<PolicyDecision> }
  >();

  constructor(
    private readonly permissions: PermissionsService,
    private readonly ttlMs: number,
  ) {}

  decide(
    credentials: BackstageCredentials,
    permission: ResourcePermission<'mlops-entity'>,
  ): Promise<PolicyDecision> {
    const key = `${callerKey(credentials)}\n${permission.name}`;
    const now = Date.now();
    const cached = this.decisions.get(key);
    if (cached && cached.expires > now) return cached.decision;
    const decision = this.permissions
      .authorizeConditional([{ permission }], { credentials })
      .then(([first]) => first);
    // A failed decision is not kept: the next request asks again.
    decision.catch(() => this.decisions.delete(key));
    this.decisions.delete(key);
    this.decisions.set(key, { expires: now + this.ttlMs, decision });
    if (this.decisions.size > MAX_CALLERS) {
      this.decisions.delete(this.decisions.keys().next().value!);
    }
    return decision;
  }
}

/** Who the decision is about: the user, or the service with its access restrictions. */
function callerKey({ principal }: BackstageCredentials): string {
  const p = principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
    accessRestrictions?: unknown;
  };
  return p.type === 'user'
    ? `user:${p.userEntityRef}`
    : `${p.type}:${p.subject ?? ''}:${JSON.stringify(
        p.accessRestrictions ?? null,
      )}`;
}
