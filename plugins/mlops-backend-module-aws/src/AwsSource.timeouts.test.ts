import { SourceOutcome } from '@aidlc/plugin-mlops-node';
import {
  ACCOUNT,
  READ,
  awsConfig,
  createSource,
  target,
} from './__testUtils__/createSource';
import { withEnvCredentials } from './__testUtils__/envCredentials';
import { startFakeAws } from './__testUtils__/fakeAwsServer';
import { fixture } from './__testUtils__/fixtures';
import { mockAws } from './__testUtils__/mockAws';

// SageMaker over the wire (a fake that can stop answering); every other service as mocked clients.
const aws = mockAws();
aws.sagemaker.restore();
afterAll(() => aws.restore());

withEnvCredentials();

/** The SageMaker answers of an endpoint like churn-prod: no registry version, no Model Monitor. */
function sagemakerOf(endpoint: string) {
  return fixture('sagemaker', {
    'fraud-scoring-prod': endpoint,
    'fraud-scoring-v2': `${endpoint}-model`,
    'arn:aws:sagemaker:eu-west-1:111122223333:model-package/fraud-scoring-xgb/2':
      '',
  });
}

const hung = target('churn-predictor', {
  'aws.amazon.com/sagemaker-endpoint': `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:endpoint/churn-prod`,
});
const healthy = target('churn-predictor-eu', {
  'aws.amazon.com/sagemaker-endpoint': `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:endpoint/churn-eu`,
});

const messageOf = (outcomes: SourceOutcome[], entityRef: string) => {
  const outcome = outcomes.find(o => o.entityRef === entityRef)!;
  return 'error' in outcome ? outcome.error.message : 'ok';
};

describe('AwsSource when an AWS call hangs', () => {
  it('times out the entity that needed the call, refreshes the others, and recovers on the next cycle', async () => {
    let answering = false;
    const sagemaker = await startFakeAws(({ operation, input }) => {
      const endpoint = String(
        input.EndpointName ?? input.EndpointConfigName ?? input.ModelName ?? '',
      ).replace(/-(config-v2|model)$/, '');
      if (
        operation === 'DescribeEndpoint' &&
        endpoint === 'churn-prod' &&
        !answering
      )
        return 'hang';
      const answers = sagemakerOf(endpoint);
      if (operation === 'DescribeModel') {
        return {
          json: {
            ...answers.DescribeModel,
            PrimaryContainer: {
              Image: 'churn:1',
              ModelDataUrl: 's3://churn-ml-models-111122223333/model.tar.gz',
            },
          },
        };
      }
      if (operation === 'ListMonitoringSchedules')
        return { json: { MonitoringScheduleSummaries: [] } };
      if (operation in answers) return { json: answers[operation] };
      return {
        error: 'ValidationException',
        message: `${operation} is not part of this test`,
      };
    });
    try {
      const source = createSource({
        mlops: {
          ...awsConfig.mlops,
          aws: {
            ...awsConfig.mlops.aws,
            endpoint: sagemaker.url,
            maxAttempts: 2,
            // Generous for a loaded machine: the hung call still takes only 2 x 2 s.
            timeouts: { request: { seconds: 2 } },
          },
        },
      });

      const first = await source.read([hung, healthy], READ);
      expect(messageOf(first, hung.entityRef)).toBe(
        'sagemaker:DescribeEndpoint on churn-prod failed: timed out: AWS did not answer within mlops.aws.timeouts (tried 2 times); the next refresh tries again',
      );
      expect(messageOf(first, healthy.entityRef)).toBe('ok');
      expect(
        sagemaker.requests
          .filter(r => r.operation === 'DescribeEndpoint')
          .map(r => r.input.EndpointName)
          .sort(),
      ).toEqual(['churn-eu', 'churn-prod', 'churn-prod']);

      answering = true;
      const second = await source.read([hung, healthy], READ);
      expect(messageOf(second, hung.entityRef)).toBe('ok');
      expect(messageOf(second, healthy.entityRef)).toBe('ok');
    } finally {
      sagemaker.close();
    }
  });
});
