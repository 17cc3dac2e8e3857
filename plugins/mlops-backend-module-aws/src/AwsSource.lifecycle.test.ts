import {
  DescribePipelineCommand,
  ListPipelinesCommand,
} from '@aws-sdk/client-sagemaker';
import { ListRuleNamesByTargetCommand } from '@aws-sdk/client-eventbridge';
import {
  ACCOUNT,
  createSource,
  fraudScoring,
  READ,
  readingOf,
  target,
} from './__testUtils__/createSource';
import { awsError, mockAws } from './__testUtils__/mockAws';
import { alarmsOf } from './pipelines/readPipelineTriggers';

const aws = mockAws();
afterAll(() => aws.restore());

const PIPELINE = `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:pipeline/fraud-scoring-xgb`;
const RAW = 's3://fraud-ml-data-111122223333/raw/latest.csv';

describe('AwsSource: what the AIDLC stages read', () => {
  beforeEach(() => {
    aws.sagemaker.resetHistory();
    aws.eventbridge.resetHistory();
  });

  it('reads the pipeline named after the model group: its steps, newest run and the rules that start it', async () => {
    const { evidence } = readingOf(
      await createSource().read([fraudScoring], READ),
      fraudScoring.entityRef,
    );
    expect(evidence.gaps).toBeUndefined();
    expect(evidence.pipelines).toEqual([
      {
        name: 'fraud-scoring-xgb',
        arn: PIPELINE,
        steps: [
          { name: 'ValidateData', type: 'Processing', inputs: [RAW] },
          { name: 'Preprocess', type: 'Processing', inputs: [RAW] },
          // Its data is another step's output, not a fixed location
          { name: 'Train', type: 'Training', inputs: [] },
          { name: 'CheckAuc', type: 'Condition', inputs: [] },
          { name: 'Register-RegisterModel', type: 'RegisterModel', inputs: [] },
        ],
        lastExecution: {
          status: 'Succeeded',
          startedAt: '2026-11-20T08:55:00.000Z',
        },
        triggers: [
          {
            rule: 'fraud-scoring-xgb-retrain-on-drift',
            enabled: true,
            alarms: ['fraud-scoring-prod-feature-drift'],
          },
          {
            rule: 'fraud-scoring-xgb-monthly',
            enabled: false,
            schedule: 'cron(0 3 1 * ? *)',
          },
        ],
      },
    ]);
    expect(
      aws.eventbridge.commandCalls(ListRuleNamesByTargetCommand)[0].args[0]
        .input,
    ).toEqual({ TargetArn: PIPELINE, Limit: 10 });
    // The bucket preprocessing reads is training data, read like the others
    expect(evidence.buckets).toContainEqual(
      expect.objectContaining({
        name: 'fraud-ml-data-111122223333',
        purpose: 'training-data',
      }),
    );
  });

  it('reads how the training job can be run again and where it is tracked, and the MLflow servers', async () => {
    const { evidence } = readingOf(
      await createSource().read([fraudScoring], READ),
      fraudScoring.entityRef,
    );
    expect(evidence.trainingJobs![0]).toMatchObject({
      createdAt: '2026-11-20T09:01:12.000Z',
      image:
        '141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.7-1',
      inputs: ['s3://fraud-ml-data-111122223333/curated/2026-10/train/'],
      hyperparameters: 4,
      tracking: { experiment: 'fraud-scoring-xgb' },
    });
    expect(evidence.trackingServers).toEqual([
      {
        name: 'ml-platform',
        arn: `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:mlflow-tracking-server/ml-platform`,
        status: 'Created',
      },
    ]);
  });

  it('reads the pipelines an entity names instead of looking them up', async () => {
    const named = target('fraud-scoring-api', {
      'aws.amazon.com/sagemaker-model-package-group': 'fraud-scoring-xgb',
      'aws.amazon.com/sagemaker-pipeline': 'fraud-retrain',
    });
    readingOf(await createSource().read([named], READ), named.entityRef);
    expect(aws.sagemaker.commandCalls(ListPipelinesCommand)).toHaveLength(0);
    expect(
      aws.sagemaker
        .commandCalls(DescribePipelineCommand)
        .map(call => call.args[0].input.PipelineName),
    ).toEqual(['fraud-retrain']);
  });

  it('turns denied pipeline reads into a gap of that section only', async () => {
    aws.eventbridge
      .on(ListRuleNamesByTargetCommand)
      .rejectsOnce(
        awsError(
          'AccessDeniedException',
          'User is not authorized to perform: events:ListRuleNamesByTarget',
        ),
      );
    const { evidence } = readingOf(
      await createSource().read([fraudScoring], READ),
      fraudScoring.entityRef,
    );
    expect(evidence.pipelines).toBeUndefined();
    expect(evidence.gaps).toEqual({
      pipelines: expect.stringMatching(/events:ListRuleNamesByTarget/),
    });
    expect(evidence.trainingJobs).toHaveLength(1);
  });
});

describe('alarmsOf', () => {
  it.each([
    [
      {
        source: ['aws.cloudwatch'],
        'detail-type': ['CloudWatch Alarm State Change'],
        detail: { alarmName: ['a', 'b'] },
      },
      ['a', 'b'],
    ],
    [
      {
        source: ['aws.cloudwatch'],
        'detail-type': ['CloudWatch Alarm State Change'],
        detail: { alarmName: [{ prefix: 'drift-' }] },
      },
      ['{"prefix":"drift-"}'],
    ],
    [
      {
        source: ['aws.cloudwatch'],
        'detail-type': ['CloudWatch Alarm State Change'],
      },
      ['*'],
    ],
    [{ source: ['aws.s3'], 'detail-type': ['Object Created'] }, []],
  ])('%j starts on %j', (pattern, alarms) => {
    expect(alarmsOf(JSON.stringify(pattern))).toEqual(alarms);
  });

  it('reads nothing from a pattern that is not JSON', () => {
    expect(alarmsOf('{not json')).toEqual([]);
    expect(alarmsOf(undefined)).toEqual([]);
  });
});
