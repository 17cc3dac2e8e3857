import { DRIFT_METHOD_LABELS, DriftMethod } from '@aidlc/plugin-mlops-common';
import { z } from 'zod';

/**
 * An endpoint of a demo service: its monitoring schedules (the last run `hoursAgo`, with its
 * violations) and its drift metrics, generated over the look-back window.
 */
export const endpoint = z.strictObject({
  name: z.string(),
  schedules: z.array(
    z.strictObject({
      name: z.string(),
      type: z.string(),
      status: z.string(),
      lastExecution: z
        .strictObject({
          status: z.string(),
          /** How long before now the execution ran, so the demo stays current */
          hoursAgo: z.number().min(0),
          violations: z.number().int().min(0),
          violationDetails: z
            .array(
              z.strictObject({
                feature: z.string(),
                constraint: z.string(),
                description: z.string().optional(),
              }),
            )
            .max(20)
            .optional(),
        })
        .optional(),
    }),
  ),
  /** Drift metrics, generated over the look-back window from `from` (its start) to `to` (now) */
  metrics: z.array(
    z.strictObject({
      name: z.string().regex(/^[A-Za-z0-9_.-]+$/),
      method: z
        .enum(Object.keys(DRIFT_METHOD_LABELS) as [DriftMethod])
        .optional(),
      threshold: z.number().optional(),
      from: z.number(),
      to: z.number(),
    }),
  ),
});
