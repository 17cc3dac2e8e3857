import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';

/**
 * The portal's policy. Reading is open to every signed-in user; changing the catalog is limited:
 * - members of `aidlc.permission.adminGroups` may do everything;
 * - registering or removing locations is for admins only;
 * - an entity can be deleted, and any other write on an entity is allowed, only by its owners.
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  static fromConfig(config: Config): PortalPermissionPolicy {
    return new PortalPermissionPolicy(
      config.getOptionalStringArray('aidlc.permission.adminGroups') ?? [],
    );
  }

  constructor(private readonly adminGroups: string[]) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const ownership = user?.info.ownershipEntityRefs ?? [];
    if (ownership.some(ref => this.adminGroups.includes(ref))) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (
      isPermission(request.permission, catalogLocationCreatePermission) ||
      isPermission(request.permission, catalogLocationDeletePermission)
    ) {
      return { result: AuthorizeResult.DENY };
    }
    if (isResourcePermission(request.permission, 'catalog-entity')) {
      const { action } = request.permission.attributes;
      if (action === 'delete' || action === 'update') {
        return createCatalogConditionalDecision(
          request.permission,
          catalogConditions.isEntityOwner({ claims: ownership }),
        );
      }
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
