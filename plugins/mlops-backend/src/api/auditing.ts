import {
  AuditorService,
  AuditorServiceEventSeverityLevel,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, toError } from '@backstage/errors';
import express from 'express';

// The typed router's requests are narrower than Express's; the helpers take any of them.
export type AnyRequest = express.Request<any, any, any, any>;

/** The router's audit events: actions with their outcome, and refusals. */
export function auditing(auditor: AuditorService) {
  return {
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

    /** Audits a refusal and throws it (403). */
    async refuse(
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
    },
  };
}
