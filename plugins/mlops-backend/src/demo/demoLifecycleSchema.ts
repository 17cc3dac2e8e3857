import { z } from 'zod';
import { arn, vpcConfig } from './demoFields';

/** A training job of a demo service, which ran `daysAgo` so the demo's recency stays true. */
export const demoTrainingJob = z.strictObject({
  name: z.string(),
  roleArn: arn,
  outputKmsKeyId: z.string().optional(),
  volumeKmsKeyId: z.string().optional(),
  networkIsolation: z.boolean(),
  interContainerEncryption: z.boolean(),
  vpcConfig: vpcConfig.optional(),
  daysAgo: z.number().min(0).optional(),
  image: z.string().optional(),
  inputs: z.array(z.string()).optional(),
  hyperparameters: z.number().int().min(0).optional(),
  tracking: z
    .strictObject({
      experiment: z.string().optional(),
      mlflowTrackingServer: z.string().optional(),
    })
    .optional(),
});

/** A SageMaker pipeline of a demo service, whose last execution started `hoursAgo`. */
export const demoPipeline = z.strictObject({
  name: z.string(),
  arn,
  steps: z.array(
    z.strictObject({
      name: z.string(),
      type: z.string(),
      inputs: z.array(z.string()).default([]),
    }),
  ),
  lastExecution: z
    .strictObject({ status: z.string(), hoursAgo: z.number().min(0) })
    .optional(),
  triggers: z.array(
    z.strictObject({
      rule: z.string(),
      enabled: z.boolean(),
      schedule: z.string().optional(),
      alarms: z.array(z.string()).optional(),
    }),
  ),
});

/** MLflow tracking servers of a demo account. */
export const demoTrackingServers = z.array(
  z.strictObject({ name: z.string(), arn, status: z.string() }),
);
