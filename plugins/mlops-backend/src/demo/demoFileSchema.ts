import { ModelVersion } from '@aidlc/plugin-mlops-common';
import { Evidence } from '@aidlc/plugin-mlops-node';
import { z } from 'zod';
import { endpoint } from './demoDriftSchema';
import { arn, isoTime, vpcConfig } from './demoFields';
import { environment, networkEvidence } from './demoFrontSchema';
import { demoModelCard } from './demoModelCardSchema';
import {
  demoPipeline,
  demoTrackingServers,
  demoTrainingJob,
} from './demoLifecycleSchema';

const stringList = z.union([z.string(), z.array(z.string())]);

const policyDocument = z.object({
  Version: z.string().optional(),
  Statement: z.array(
    z.object({
      Sid: z.string().optional(),
      Effect: z.enum(['Allow', 'Deny']),
      Principal: z.unknown().optional(),
      Action: stringList.optional(),
      NotAction: stringList.optional(),
      Resource: stringList.optional(),
      Condition: z
        .record(z.string(), z.record(z.string(), z.unknown()))
        .optional(),
    }),
  ),
});

const violations = z.array(
  z.object({
    rule: z.string(),
    severity: z.enum(['critical', 'high', 'medium', 'low', 'info']),
    resource: z.string().optional(),
    message: z.string().optional(),
    file: z.string().optional(),
  }),
);

/** Sections of evidence that belong to one service; the compiler checks them against `Evidence`. */
const serviceEvidence = z.strictObject({
  endpoints: z
    .array(
      z.strictObject({
        name: z.string(),
        variants: z.array(
          z.strictObject({
            name: z.string(),
            instanceCount: z.number().int().min(0),
            modelName: z.string(),
            serverless: z.boolean().optional(),
            modelPackages: z.array(arn).optional(),
            weight: z.number().min(0).optional(),
          }),
        ),
        updatedAt: isoTime.optional(),
        kmsKeyId: z.string().optional(),
        dataCapture: z
          .strictObject({
            enabled: z.boolean(),
            kmsKeyId: z.string().optional(),
            destination: z.string().optional(),
          })
          .optional(),
        deployment: z
          .strictObject({
            strategy: z.enum(['canary', 'linear', 'all-at-once', 'none']),
            autoRollbackAlarms: z.array(z.string()),
          })
          .optional(),
        servedModelPackages: z.array(arn),
      }),
    )
    .optional(),
  models: z
    .array(
      z.strictObject({
        name: z.string(),
        executionRoleArn: arn,
        networkIsolation: z.boolean(),
        vpcConfig: vpcConfig.optional(),
        environment: environment.optional(),
        images: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  ...networkEvidence,
  trainingJobs: z.array(demoTrainingJob).optional(),
  monitoringJobs: z
    .array(
      z.strictObject({
        name: z.string(),
        networkIsolation: z.boolean(),
        interContainerEncryption: z.boolean(),
        vpcConfig: vpcConfig.optional(),
        outputKmsKeyId: z.string().optional(),
        volumeKmsKeyId: z.string().optional(),
      }),
    )
    .optional(),
  buckets: z
    .array(
      z.strictObject({
        name: z.string(),
        purpose: z.enum([
          'model-artifacts',
          'data-capture',
          'training-data',
          'other',
        ]),
        encryption: z
          .strictObject({
            algorithm: z.enum(['aws:kms', 'aws:kms:dsse', 'AES256']),
            kmsKeyId: z.string().optional(),
          })
          .optional(),
        publicAccessBlock: z
          .strictObject({
            blockPublicAcls: z.boolean(),
            ignorePublicAcls: z.boolean(),
            blockPublicPolicy: z.boolean(),
            restrictPublicBuckets: z.boolean(),
          })
          .optional(),
        policy: policyDocument.optional(),
        versioning: z.boolean(),
      }),
    )
    .optional(),
  roles: z
    .array(
      z.strictObject({
        arn,
        usedBy: z.array(
          z.enum(['training', 'inference', 'monitoring', 'pipeline']),
        ),
        attachedManagedPolicies: z.array(z.string()),
        inlinePolicies: z.array(
          z.strictObject({ name: z.string(), document: policyDocument }),
        ),
      }),
    )
    .optional(),
  submitted: z
    .strictObject({
      policyGate: z
        .strictObject({
          submittedAt: isoTime,
          submittedBy: z.string().optional(),
          tool: z.string(),
          passed: z.boolean(),
          violations,
        })
        .optional(),
      containerScan: z
        .strictObject({
          submittedAt: isoTime,
          submittedBy: z.string().optional(),
          tool: z.string(),
          image: z.string(),
          critical: z.number().int().min(0),
          high: z.number().int().min(0),
        })
        .optional(),
    })
    .optional(),
  /** Sections the demo pretends it could not read */
  gaps: z.strictObject({ pipelines: z.string().optional() }).optional(),
}) satisfies z.ZodType<Evidence>;

/** Sections of evidence that belong to an account and region. */
const accountEvidence = z.strictObject({
  vpcEndpoints: z
    .array(z.strictObject({ vpcId: z.string(), services: z.array(z.string()) }))
    .optional(),
  kmsKeys: z
    .array(
      z.strictObject({
        arn,
        manager: z.enum(['CUSTOMER', 'AWS']),
        rotationEnabled: z.boolean(),
      }),
    )
    .optional(),
  cloudTrail: z
    .strictObject({
      trails: z.array(
        z.strictObject({
          name: z.string(),
          multiRegion: z.boolean(),
          logFileValidation: z.boolean(),
          logging: z.boolean(),
          kmsKeyId: z.string().optional(),
          s3DataEventBuckets: z.array(z.string()),
        }),
      ),
    })
    .optional(),
  guardDuty: z.strictObject({ enabled: z.boolean() }).optional(),
  awsConfig: z
    .strictObject({ recording: z.boolean(), allResources: z.boolean() })
    .optional(),
  trackingServers: demoTrackingServers.optional(),
}) satisfies z.ZodType<Evidence>;

const modelVersion = z.strictObject({
  version: z.number().int().positive(),
  arn,
  approvalStatus: z.enum(['Approved', 'PendingManualApproval', 'Rejected']),
  createdAt: isoTime,
  approvedAt: isoTime.optional(),
  approvedBy: z.string().optional(),
  registeredBy: z.string().optional(),
  description: z.string().optional(),
  metrics: z.record(z.string(), z.number()),
  modelDataUrl: z.string().optional(),
  trainingJob: z.string().optional(),
  image: z.string().optional(),
  trainingData: z.string().optional(),
  modelCard: demoModelCard.optional(),
}) satisfies z.ZodType<ModelVersion>;

/** The demo data file (examples/mlops-demo.yaml). */
export const demoFileSchema = z.object({
  shared: z.unknown().optional(),
  accounts: z.record(
    z.string().regex(/^\d{12}\/[a-z0-9-]+$/, 'must be "account/region"'),
    accountEvidence,
  ),
  entities: z.record(
    z
      .string()
      .regex(
        /^[a-z]+:[a-z0-9-]+\/[a-z0-9-_.]+$/i,
        'must be an entity ref such as component:default/name',
      ),
    z.strictObject({
      account: z.string(),
      models: z.array(
        z.strictObject({
          name: z.string(),
          arn,
          description: z.string().optional(),
          versions: z.array(modelVersion),
        }),
      ),
      endpoints: z.array(endpoint),
      evidence: serviceEvidence,
      /** Its SageMaker pipelines; absent when the demo does not say */
      pipelines: z.array(demoPipeline).optional(),
      /** Serving images and their registry scans, which completed `hoursAgo` */
      images: z
        .array(
          z.strictObject({
            uri: z.string(),
            digest: z.string().optional(),
            scan: z
              .strictObject({
                status: z.string(),
                hoursAgo: z.number().min(0),
                severityCounts: z.record(z.string(), z.number().int().min(0)),
              })
              .optional(),
          }),
        )
        .optional(),
    }),
  ),
});

export type DemoFile = z.infer<typeof demoFileSchema>;
