import { z } from 'zod';

/** Environment variables by name, with why one looks like a secret: demo files hold no values. */
export const environment = z.array(
  z.strictObject({ name: z.string(), secretLike: z.string().optional() }),
);

/**
 * The sections of a service's demo evidence around its models: subnets and their routes, security
 * groups, and the inference API in front (checked with the rest against `Evidence`).
 */
export const networkEvidence = {
  subnets: z
    .array(
      z.strictObject({
        id: z.string(),
        vpcId: z.string().optional(),
        routeTableId: z.string().optional(),
        internetGateway: z.string().optional(),
      }),
    )
    .optional(),
  inferenceApis: z
    .array(
      z.strictObject({
        name: z.string(),
        kind: z.enum(['rest-api', 'http-api', 'lambda', 'ecs']),
        requestValidation: z.string().optional(),
        invocation: z
          .strictObject({
            method: z.string(),
            path: z.string(),
            requestSchema: z.record(z.string(), z.unknown()),
          })
          .optional(),
        throttling: z.string().optional(),
        minimumTls: z.string().optional(),
        compute: z
          .strictObject({
            kind: z.enum(['lambda', 'ecs-task']),
            name: z.string(),
            environment,
            inVpc: z.boolean(),
          })
          .optional(),
      }),
    )
    .optional(),
  securityGroups: z
    .array(
      z.strictObject({
        id: z.string(),
        name: z.string().optional(),
        openIngress: z.array(z.string()),
        unrestrictedEgress: z.boolean(),
      }),
    )
    .optional(),
};
