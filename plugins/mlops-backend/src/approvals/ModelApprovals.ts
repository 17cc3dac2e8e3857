import {
  ApprovalRequest,
  ApprovalResult,
  isRegistrar,
} from '@aidlc/plugin-mlops-common';
import { MlopsSource, readMlopsTarget } from '@aidlc/plugin-mlops-node';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { MlopsDatabase } from '../database/MlopsDatabase';
import { RefreshService } from '../refresh/RefreshService';

/**
 * Decides on model versions: checks what the decision may not break (the version is the entity's,
 * its registrar is not the one deciding, its status changes, no critical check fails when so
 * configured), has the source that holds the version write it, and reads the entity again.
 * Who may decide at all is the `mlops.model.approve` permission, checked by the router.
 */
export class ModelApprovals {
  constructor(
    private readonly options: {
      database: MlopsDatabase;
      sources: MlopsSource[];
      refresh: RefreshService;
      /** Refuse approvals while the entity fails a critical check */
      blockOnCritical: boolean;
    },
  ) {}

  async decide(
    entity: Entity,
    actor: string,
    request: ApprovalRequest,
  ): Promise<ApprovalResult> {
    const entityRef = stringifyEntityRef(entity);
    const snapshot = await this.options.database.snapshots.getState(entityRef);
    const version = snapshot?.models
      .flatMap(group => group.versions)
      .find(v => v.arn === request.versionArn);
    if (!snapshot || !version) {
      throw new NotFoundError(
        `${request.versionArn} is not a model version of ${entityRef}`,
      );
    }
    if (isRegistrar(version.registeredBy, actor)) {
      throw new NotAllowedError(
        `You registered version ${version.version}: another approver must decide on it`,
      );
    }
    if (version.approvalStatus === request.status) {
      throw new ConflictError(
        `Version ${version.version} is already ${request.status}`,
      );
    }
    if (
      request.status === 'Approved' &&
      this.options.blockOnCritical &&
      snapshot.failed.critical > 0
    ) {
      throw new ConflictError(
        `${entityRef} fails ${snapshot.failed.critical} critical check(s): fix them before approving (mlops.approval.blockOnCritical)`,
      );
    }
    const at = new Date();
    const change = { ...request, actor, at };
    const target = readMlopsTarget(entity);
    let written = false;
    for (const source of this.options.sources) {
      if (!source.decideModelVersion) continue;
      written = await source.decideModelVersion(target, change);
      if (written) break;
    }
    if (!written) {
      throw new ConflictError(
        `No source can change ${request.versionArn}: its registry is read-only here`,
      );
    }
    await this.options.refresh.refreshNow(entity);
    return {
      versionArn: request.versionArn,
      status: request.status,
      by: actor,
      at: at.toISOString(),
      comment: request.comment,
    };
  }
}
