import { mlopsEntityReadPermission } from '@aidlc/plugin-mlops-common';
import {
  MlopsEntityFilter,
  MlopsEntityResource,
} from '@aidlc/plugin-mlops-node';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import { EntityFilter } from '../database/entityFilter';
import { DecisionCache } from './DecisionCache';

/**
 * Decides who may do what with an entity's ML data, from one conditional decision of the permission
 * policy (reused for a few seconds, see `DecisionCache`) applied to the facts stored with the entity:
 * per-entity routes need no catalog call, fleet routes turn the conditions into SQL.
 */
export class MlopsAccess {
  private readonly authorizeConditions: (
    decision: Parameters<ReturnType<typeof createConditionAuthorizer>>[0],
    resource: MlopsEntityResource | undefined,
  ) => boolean;
  private readonly toFilter: ReturnType<
    typeof createConditionTransformer<MlopsEntityFilter>
  >;

  constructor(
    private readonly decisions: DecisionCache,
    ruleset: PermissionRuleset<MlopsEntityResource, MlopsEntityFilter>,
  ) {
    this.authorizeConditions = createConditionAuthorizer(ruleset);
    this.toFilter = createConditionTransformer(ruleset);
  }

  /** True when the caller may use `permission` on the entity these facts describe. */
  async allows(
    credentials: BackstageCredentials,
    permission: ResourcePermission<'mlops-entity'>,
    resource: MlopsEntityResource,
  ): Promise<boolean> {
    const decision = await this.decisions.decide(credentials, permission);
    return this.authorizeConditions(decision, resource);
  }

  /** The entities whose ML data the caller may read, for fleet views. */
  async readableEntities(
    credentials: BackstageCredentials,
  ): Promise<EntityFilter> {
    const decision = await this.decisions.decide(
      credentials,
      mlopsEntityReadPermission,
    );
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return { where: this.toFilter(decision.conditions) };
    }
    return decision.result === AuthorizeResult.ALLOW
      ? { all: true }
      : { none: true };
  }
}
