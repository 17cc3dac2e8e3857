import { SignalStatus } from '@aidlc/plugin-mlops-common';
import { CheckContext, Evidence } from '@aidlc/plugin-mlops-node';
import { secureContext } from '../../checks/__testUtils__/secureService';
import { builtInSignals } from '.';
import { matureContext, matureEvidence } from '../__testUtils__/matureService';

/** A change to the service, before its checks run. */
type Mutation = (evidence: Evidence, context: CheckContext) => void;

function evaluate(id: string, mutate?: Mutation) {
  const signal = builtInSignals.find(s => s.id === id)!;
  const evidence = matureEvidence();
  const context = secureContext();
  mutate?.(evidence, context);
  return signal.evaluate(evidence, matureContext(evidence, context));
}

const pipeline = (e: Evidence) => e.pipelines![0];
const job = (e: Evidence) => e.trainingJobs![0];
const dataBucket = (e: Evidence) =>
  e.buckets!.find(b => b.name === 'fraud-data')!;

/** For every signal: changes to the mature service that leave it partial, missing and unknown. */
const CASES: Record<string, Partial<Record<SignalStatus, Mutation>>> = {
  'training-data-secured': {
    partial: e =>
      e.buckets!.push({ ...dataBucket(e), name: 'raw', versioning: false }),
    missing: e => (dataBucket(e).encryption = undefined),
    unknown: e =>
      (e.gaps = { buckets: 'AccessDenied: s3:GetBucketVersioning' }),
  },
  'data-validation-step': {
    missing: e => pipeline(e).steps.shift(),
    unknown: e =>
      (e.gaps = { pipelines: 'AccessDenied: sagemaker:ListPipelines' }),
  },
  'preprocessing-pipeline': {
    partial: e => (pipeline(e).lastExecution = undefined),
    missing: e => (e.pipelines = []),
    unknown: e => delete e.pipelines,
  },
  'preprocessing-inputs-versioned': {
    partial: e => {
      pipeline(e).steps[1].inputs.push('s3://fraud-scratch/raw.csv');
      e.buckets!.push({
        ...dataBucket(e),
        name: 'fraud-scratch',
        versioning: false,
      });
    },
    missing: e => (dataBucket(e).versioning = false),
    unknown: e => (pipeline(e).steps[1].inputs = ['s3://elsewhere/raw.csv']),
  },
  'experiment-tracking': {
    partial: e => {
      job(e).tracking = undefined;
      e.trackingServers = [
        {
          name: 'fraud-mlflow',
          arn: 'arn:aws:sagemaker:eu-west-1:111122223333:mlflow-tracking-server/fraud-mlflow',
          status: 'Created',
        },
      ];
    },
    missing: e => (job(e).tracking = undefined),
    unknown: e =>
      (e.gaps = {
        trainingJobs: 'AccessDenied: sagemaker:DescribeTrainingJob',
      }),
  },
  'reproducible-training': {
    partial: e =>
      (job(e).image =
        '111122223333.dkr.ecr.eu-west-1.amazonaws.com/fraud:latest'),
    missing: e => {
      Object.assign(job(e), {
        image: undefined,
        inputs: [],
        hyperparameters: 0,
        outputKmsKeyId: undefined,
      });
    },
    unknown: e => delete e.trainingJobs,
  },
  'recent-training': {
    partial: e => (job(e).createdAt = '2026-07-01T00:00:00Z'),
    missing: e => (job(e).createdAt = '2025-11-01T00:00:00Z'),
    unknown: e => (job(e).createdAt = undefined),
  },
  'approved-version-served': {
    missing: e =>
      (e.endpoints![0].servedModelPackages = [
        'arn:aws:sagemaker:eu-west-1:111122223333:model-package/fraud-scoring-xgb/13',
      ]),
  },
  'safe-rollout': {
    missing: e => (e.endpoints![0].deployment = undefined),
    unknown: e =>
      (e.gaps = { endpoints: 'AccessDenied: sagemaker:DescribeEndpoint' }),
  },
  'resilient-serving': {
    missing: e => (e.endpoints![0].variants[0].instanceCount = 1),
  },
  'drift-monitored': {
    missing: (_e, c) => {
      c.endpoints[0].schedules = [];
      c.endpoints[0].metrics = [];
    },
  },
  'retraining-trigger': {
    partial: e =>
      (pipeline(e).triggers = [
        { rule: 'weekly', enabled: true, schedule: 'rate(7 days)' },
      ]),
    missing: e => (pipeline(e).triggers[0].enabled = false),
    unknown: e =>
      (e.gaps = { pipelines: 'AccessDenied: events:ListRuleNamesByTarget' }),
  },
};

describe('built-in lifecycle signals', () => {
  it('cover the six stages, each described with what to do', () => {
    expect(Object.keys(CASES).sort()).toEqual(
      builtInSignals.map(s => s.id).sort(),
    );
    expect(new Set(builtInSignals.map(s => s.stage)).size).toBe(6);
    for (const signal of builtInSignals)
      expect(signal.howTo.length).toBeGreaterThan(30);
  });

  describe.each(Object.entries(CASES))('%s', (id, cases) => {
    it('is in place on the mature service, saying what it found', () => {
      const outcome = evaluate(id);
      expect(outcome).toMatchObject({ status: 'in_place' });
      expect(outcome.message ?? outcome.resource).toBeTruthy();
    });

    it.each(Object.entries(cases))('is %s after a change', (status, mutate) => {
      const outcome = evaluate(id, mutate);
      expect(outcome.status).toBe(status);
      expect(outcome.message).toBeTruthy();
    });
  });

  it('reuses the drift check: missing when an endpoint is not watched', () => {
    const evidence = matureEvidence();
    const context = matureContext(evidence);
    const signal = builtInSignals.find(s => s.id === 'drift-monitored')!;
    const check = context.checks.find(
      c => c.id === 'drift-monitoring-in-place',
    )!;
    check.status = 'fail';
    check.message = 'fraud-scoring-prod has no monitoring schedule';
    expect(signal.evaluate(evidence, context)).toMatchObject({
      status: 'missing',
      message: 'fraud-scoring-prod has no monitoring schedule',
    });
    check.status = 'error';
    expect(signal.evaluate(evidence, context).status).toBe('unknown');
    expect(
      signal.evaluate(evidence, {
        ...context,
        checks: context.checks.filter(c => c !== check),
      }),
    ).toMatchObject({
      status: 'unknown',
      message: expect.stringMatching(/profile leaves out/),
    });
  });

  it('calls serverless serving resilient and safe, and no endpoint missing', () => {
    const serverless: Mutation = e =>
      (e.endpoints![0].variants = [
        {
          name: 'AllTraffic',
          instanceCount: 0,
          modelName: 'fraud-12',
          serverless: true,
        },
      ]);
    expect(evaluate('resilient-serving', serverless).status).toBe('in_place');
    expect(evaluate('safe-rollout', serverless).status).toBe('in_place');
    expect(evaluate('safe-rollout', e => (e.endpoints = [])).status).toBe(
      'missing',
    );
  });
});
