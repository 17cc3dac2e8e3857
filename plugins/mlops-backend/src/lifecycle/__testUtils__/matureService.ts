import {
  CheckContext,
  Evidence,
  SignalContext,
} from '@aidlc/plugin-mlops-node';
import { builtInChecks } from '../../checks';
import {
  secureContext,
  secureEvidence,
} from '../../checks/__testUtils__/secureService';

/** When the fixtures' evaluations run. */
export const NOW = new Date('2026-11-26T12:00:00Z');
const PIPELINE =
  'arn:aws:sagemaker:eu-west-1:111122223333:pipeline/fraud-scoring';

/**
 * The secure service with all six stages in place: what a project made from the template shows once
 * deployed. Its training data and pipeline input live in a versioned, KMS-encrypted bucket.
 */
export function matureEvidence(): Evidence {
  const evidence = secureEvidence();
  const models = evidence.buckets!.find(b => b.purpose === 'model-artifacts')!;
  evidence.buckets!.push({
    ...models,
    name: 'fraud-data',
    purpose: 'training-data',
  });
  evidence.trainingJobs![0] = {
    ...evidence.trainingJobs![0],
    createdAt: '2026-11-03T09:31:00Z',
    image:
      '111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    inputs: ['s3://fraud-data/train/2026-11-03/'],
    hyperparameters: 6,
    tracking: { experiment: 'fraud-scoring' },
  };
  evidence.pipelines = [
    {
      name: 'fraud-scoring',
      arn: PIPELINE,
      steps: [
        {
          name: 'ValidateData',
          type: 'Processing',
          inputs: ['s3://fraud-data/raw/latest.csv'],
        },
        {
          name: 'Preprocess',
          type: 'Processing',
          inputs: ['s3://fraud-data/raw/latest.csv'],
        },
        { name: 'Train', type: 'Training', inputs: [] },
        { name: 'Register', type: 'RegisterModel', inputs: [] },
      ],
      lastExecution: { status: 'Succeeded', startedAt: '2026-11-03T09:12:00Z' },
      triggers: [
        {
          rule: 'fraud-scoring-retrain-on-drift',
          enabled: true,
          alarms: ['fraud-scoring-prod-feature-drift'],
        },
      ],
    },
  ];
  evidence.trackingServers = [];
  return evidence;
}

/** The context of the mature service, with the built-in checks' results on `evidence`. */
export function matureContext(
  evidence: Evidence,
  context: CheckContext = secureContext(),
): SignalContext {
  return {
    ...context,
    now: NOW,
    checks: builtInChecks.map(check => ({
      ...check,
      ...check.evaluate(evidence, context),
    })),
  };
}
