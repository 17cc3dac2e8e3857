import { ModelCard } from '@aidlc/plugin-mlops-common';
import { z } from 'zod';
import { arn, isoTime } from './demoFields';

const text = z.string().max(4000).optional();

/** The SageMaker model card of a demo version, as the AWS source reads one. */
export const demoModelCard = z.strictObject({
  name: z.string(),
  arn,
  status: z.enum(['Draft', 'PendingReview', 'Approved', 'Archived']),
  updatedAt: isoTime.optional(),
  riskRating: z.enum(['High', 'Medium', 'Low', 'Unknown']).optional(),
  purpose: text,
  intendedUses: text,
  factorsAffectingEfficiency: text,
  riskExplanation: text,
  businessProblem: text,
  businessStakeholders: text,
  lineOfBusiness: text,
  trainingObjective: text,
  trainingObservations: text,
  evaluations: z
    .array(
      z.strictObject({
        name: z.string(),
        observations: text,
        metrics: z.record(z.string(), z.number()).optional(),
      }),
    )
    .optional(),
}) satisfies z.ZodType<ModelCard>;
