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
import {
  MLOPS_ENTITY_RESOURCE_TYPE,
  mlopsEntityReadPermission,
  mlopsModelApprovePermission,
} from '@aidlc/plugin-mlops-common';
import {
  createMlopsEntityConditionalDecision,
  mlopsEntityConditions,
} from '@aidlc/plugin-mlops-node';

/**
 * The portal's policy:
 * - members of `aidlc.permission.adminGroups` may do everything;
 * - the catalog is readable by every signed-in user; registering or removing locations is for
 *   admins; an entity can be deleted, and any other write on an entity is allowed, only by its owners;
 * - ML findings (`mlops.entity.read`) are read by the teams that own the services and by their
 *   model approvers, or by everyone signed in when `aidlc.permission.mlops.readAll` is true;
 *   refreshing is for the owners; approving or rejecting model versions for the entity's model
 *   approvers (`aidlc.io/model-approvers`, else its owners).
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  static fromConfig(config: Config): PortalPermissionPolicy {
    return new PortalPermissionPolicy(
      config.getOptionalStringArray('aidlc.permission.adminGroups') ?? [],
      config.getOptionalBoolean('aidlc.permission.mlops.readAll') ?? false,
    );
  }

  constructor(
    private readonly adminGroups: string[],
    private readonly mlopsReadAll: boolean,
  ) {}

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
    if (isResourcePermission(request.permission, MLOPS_ENTITY_RESOURCE_TYPE)) {
      if (
        this.mlopsReadAll &&
        isPermission(request.permission, mlopsEntityReadPermission)
      ) {
        return { result: AuthorizeResult.ALLOW };
      }
      const owner = mlopsEntityConditions.isEntityOwner({ claims: ownership });
      const approver = mlopsEntityConditions.isModelApprover({
        claims: ownership,
      });
      if (isPermission(request.permission, mlopsModelApprovePermission)) {
        return createMlopsEntityConditionalDecision(
          request.permission,
          approver,
        );
      }
      // Approvers read what they decide on, even when another team owns the service.
      return createMlopsEntityConditionalDecision(
        request.permission,
        isPermission(request.permission, mlopsEntityReadPermission)
          ? { anyOf: [owner, approver] }
          : owner,
      );
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
