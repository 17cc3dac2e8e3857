import { Entity } from '@backstage/catalog-model';
import { readMlopsTarget } from './MlopsTarget';
import { isMlopsAvailable } from '@aidlc/plugin-mlops-common';

function entity(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'fraud-scoring-api', namespace: 'payments', annotations },
  };
}

describe('readMlopsTarget', () => {
  it('reads names, ARNs and defaults', () => {
    expect(
      readMlopsTarget(
        entity({
          'aws.amazon.com/sagemaker-model-package-group':
            'fraud-scoring-xgb, arn:aws:sagemaker:eu-west-1:111122223333:model-package-group/fraud-rules',
          'aws.amazon.com/sagemaker-endpoint': 'fraud-scoring-prod',
          'aidlc.io/aws-account': '111122223333',
          'aidlc.io/aws-region': 'eu-west-1',
          'aidlc.io/data-classification': 'restricted',
        }),
      ),
    ).toEqual({
      entityRef: 'component:payments/fraud-scoring-api',
      modelPackageGroups: [
        { name: 'fraud-scoring-xgb' },
        {
          name: 'fraud-rules',
          arn: 'arn:aws:sagemaker:eu-west-1:111122223333:model-package-group/fraud-rules',
          account: '111122223333',
          region: 'eu-west-1',
        },
      ],
      endpoints: [{ name: 'fraud-scoring-prod' }],
      account: '111122223333',
      region: 'eu-west-1',
      profile: 'standard',
      dataClassification: 'restricted',
    });
  });

  it('reads the pipelines an entity names', () => {
    expect(
      readMlopsTarget(
        entity({
          'aws.amazon.com/sagemaker-endpoint': 'fraud-scoring-prod',
          'aws.amazon.com/sagemaker-pipeline':
            'fraud-scoring, arn:aws:sagemaker:eu-west-1:111122223333:pipeline/fraud-retrain',
        }),
      ).pipelines,
    ).toEqual([
      { name: 'fraud-scoring' },
      {
        name: 'fraud-retrain',
        arn: 'arn:aws:sagemaker:eu-west-1:111122223333:pipeline/fraud-retrain',
        account: '111122223333',
        region: 'eu-west-1',
      },
    ]);
  });

  it.each([
    [
      {
        'aws.amazon.com/sagemaker-endpoint': 'e',
        'aws.amazon.com/sagemaker-pipeline':
          'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/e',
      },
      'is not the ARN of a SageMaker pipeline',
    ],
    [
      { 'aws.amazon.com/sagemaker-endpoint': 'prod endpoint' },
      'Annotation aws.amazon.com/sagemaker-endpoint: "prod endpoint" is not a SageMaker endpoint name or ARN',
    ],
    [
      {
        'aws.amazon.com/sagemaker-endpoint':
          'arn:aws:sagemaker:eu-west-1:111122223333:model/fraud',
      },
      'is not the ARN of a SageMaker endpoint',
    ],
    [
      {
        'aws.amazon.com/sagemaker-endpoint': 'e',
        'aidlc.io/aws-account': '1234',
      },
      '"1234" is not a 12-digit AWS account id',
    ],
    [
      {
        'aws.amazon.com/sagemaker-endpoint': 'e',
        'aidlc.io/aws-region': 'Europe',
      },
      '"Europe" is not an AWS region',
    ],
    [
      {
        'aws.amazon.com/sagemaker-endpoint': 'e',
        'aidlc.io/data-classification': 'secret',
      },
      'is not one of public, internal, confidential, restricted',
    ],
    [
      {
        'aws.amazon.com/sagemaker-endpoint': 'e',
        'aidlc.io/compliance-profile': 'Gold Plus',
      },
      'is not a profile name',
    ],
  ])('refuses %j with a clear message', (annotations, message) => {
    expect(() => readMlopsTarget(entity(annotations))).toThrow(message);
  });

  it.each([
    ['a1b2c3d4e5/prod', { kind: 'rest-api', api: 'a1b2c3d4e5', stage: 'prod' }],
    [
      'arn:aws:ecs:eu-west-1:111122223333:task-definition/fraud-front:7',
      {
        kind: 'ecs',
        taskDefinition:
          'arn:aws:ecs:eu-west-1:111122223333:task-definition/fraud-front:7',
      },
    ],
    // A project of the template names its API: AWS gives the id
    [
      'fraud-scoring-prod/prod',
      { kind: 'rest-api', api: 'fraud-scoring-prod', stage: 'prod' },
    ],
    [
      'arn:aws:lambda:eu-west-1:111122223333:function:fraud-front:live',
      {
        kind: 'lambda',
        arn: 'arn:aws:lambda:eu-west-1:111122223333:function:fraud-front:live',
        functionName: 'fraud-front',
      },
    ],
  ])('reads the inference API %s', (value, inferenceApi) => {
    expect(
      readMlopsTarget(
        entity({
          'aws.amazon.com/sagemaker-endpoint': 'fraud-scoring-prod',
          'aidlc.io/inference-api': value,
        }),
      ).inferenceApi,
    ).toEqual(inferenceApi);
  });

  it.each([
    'a1b2c3d4e5',
    'a1b2/c3d4/prod',
    'arn:aws:s3:::bucket',
    'x/'.repeat(40),
  ])('refuses %s as an inference API, naming the annotation', value => {
    expect(() =>
      readMlopsTarget(
        entity({
          'aws.amazon.com/sagemaker-endpoint': 'fraud-scoring-prod',
          'aidlc.io/inference-api': value,
        }),
      ),
    ).toThrow(/^Annotation aidlc.io\/inference-api: /);
  });

  it('tells which entities carry the annotations', () => {
    expect(
      isMlopsAvailable(entity({ 'aws.amazon.com/sagemaker-endpoint': 'e' })),
    ).toBe(true);
    expect(
      isMlopsAvailable(entity({ 'aidlc.io/aws-region': 'eu-west-1' })),
    ).toBe(false);
  });
});
