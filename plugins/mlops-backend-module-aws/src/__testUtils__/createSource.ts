import {
  MlopsTarget,
  readMlopsTarget,
  SourceReading,
} from '@aidlc/plugin-mlops-node';
import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AwsClientFactory } from '../AwsClients';
import { AwsSource } from '../AwsSource';
import { readAwsSourceConfig } from '../AwsSourceConfig';

export const ACCOUNT = '111122223333';

/** What the backend asks of a read: drift over its default two weeks. */
export const READ = { driftLookbackMs: 14 * 86_400_000 };

export const awsConfig = {
  mlops: {
    aws: {
      accounts: [{ accountId: ACCOUNT, regions: ['eu-west-1'] }],
      endpoint: 'http://localhost:4566',
      concurrency: 4,
    },
  },
};

/** An AWS source over the mocked clients, with a real in-memory cache service. */
export function createSource(data: object = awsConfig) {
  const root = new ConfigReader(data);
  const config = readAwsSourceConfig(root, mockServices.logger.mock())!;
  const cache = CacheManager.fromConfig(new ConfigReader({})).forPlugin(
    'mlops',
  );
  return new AwsSource({
    config,
    clients: AwsClientFactory.fromConfig(root, config),
    cache,
    logger: mockServices.logger.mock(),
  });
}

/** The target of a component with these annotations. */
export function target(
  name: string,
  annotations: Record<string, string>,
): MlopsTarget {
  return readMlopsTarget({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations },
    spec: {},
  });
}

export const fraudScoring = target('fraud-scoring-api', {
  'aws.amazon.com/sagemaker-model-package-group': 'fraud-scoring-xgb',
  'aws.amazon.com/sagemaker-endpoint': 'fraud-scoring-prod',
});

export const churn = target('churn-predictor', {
  'aws.amazon.com/sagemaker-endpoint': `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:endpoint/churn-prod`,
});

/** What the source read for an entity; throws with the reason when it read nothing. */
export function readingOf(
  outcomes: Awaited<ReturnType<ReturnType<typeof createSource>['read']>>,
  entityRef: string,
) {
  const outcome = outcomes.find(o => o.entityRef === entityRef);
  if (!outcome || 'error' in outcome) {
    throw new Error(
      `No reading for ${entityRef}: ${
        outcome && 'error' in outcome ? outcome.error.message : 'none'
      }`,
    );
  }
  return outcome.reading as SourceReading;
}

/** Why the source could not read an entity, if it could not. */
export function errorOf(
  outcomes: Awaited<ReturnType<ReturnType<typeof createSource>['read']>>,
  entityRef: string,
) {
  const outcome = outcomes.find(o => o.entityRef === entityRef);
  return outcome && 'error' in outcome ? outcome.error.message : undefined;
}
