import {
  mlopsEntityReadPermission,
  mlopsModelApprovePermission,
  mlopsRefreshPermission,
} from '@aidlc/plugin-mlops-common';
import { MlopsEntityResource } from '@aidlc/plugin-mlops-node';
import {
  AuditorService,
  AuditorServiceEventSeverityLevel,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { NotAllowedError, toError } from '@backstage/errors';
import express from 'express';
import { MlopsAccess } from './MlopsAccess';

// The typed router's requests are narrower than Express's; the helpers take any of them.
export type AnyRequest = express.Request<any, any, any, any>;

/** What each permission lets a caller do, for refusals. */
const ACTIONS: Record<string, string> = {
  [mlopsEntityReadPermission.name]: 'read the ML data of',
  [mlopsRefreshPermission.name]: 'refresh the ML data of',
  [mlopsModelApprovePermission.name]: 'approve or reject the model versions of',
};

/** What the router checks before it acts, and the audit events of what it does and refuses. */
export function routeGuards(auditor: AuditorService, access: MlopsAccess) {
  /** Audits a refusal and throws it (403). */
  async function refuse(
    req: AnyRequest,
    meta: { permission: string; entityRef: string },
    message: string,
  ): Promise<never> {
    const error = new NotAllowedError(message);
    const event = await auditor.createEvent({
      eventId: 'permission-denied',
      severityLevel: 'medium',
      request: req,
      meta,
    });
    await event.fail({ error });
    throw error;
  }

  return {
    refuse,

    /** Throws 403 (audited) unless the caller may use `permission` on the entity. */
    async authorize(
      req: AnyRequest,
      caller: BackstageCredentials,
      permission: ResourcePermission<'mlops-entity'>,
      resource: MlopsEntityResource,
    ) {
      if (await access.allows(caller, permission, resource)) return;
      const { entityRef } = resource;
      await refuse(
        req,
        { permission: permission.name, entityRef },
        `You may not ${
          ACTIONS[permission.name] ?? permission.name
        } ${entityRef} (permission ${permission.name})`,
      );
    },

    /** Runs `work` as an audit event: its outcome, with the actor, at a severity the default logger prints. */
    async audited<T>(
      req: AnyRequest,
      eventId: string,
      meta: Record<string, string | number | boolean>,
      work: () => Promise<T>,
      severityLevel: AuditorServiceEventSeverityLevel = 'medium',
    ): Promise<T> {
      const event = await auditor.createEvent({
        eventId,
        severityLevel,
        request: req,
        meta,
      });
      try {
        const result = await work();
        await event.success();
        return result;
      } catch (error) {
        await event.fail({ error: toError(error) });
        throw error;
      }
    },
  };
}
