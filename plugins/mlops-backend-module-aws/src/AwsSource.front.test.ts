import {
  GetRestApisCommand,
  GetResourcesCommand,
  GetStageCommand,
  GetUsagePlansCommand,
  GetModelCommand,
  GetRequestValidatorsCommand,
} from '@aws-sdk/client-api-gateway';
import {
  GetApiMappingsCommand,
  GetApisCommand,
  GetDomainNamesCommand,
  GetIntegrationsCommand,
  GetStageCommand as GetHttpStageCommand,
} from '@aws-sdk/client-apigatewayv2';
import { DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import { GetWebACLCommand } from '@aws-sdk/client-wafv2';
import 'aws-sdk-client-mock-jest';
import {
  ACCOUNT,
  createSource,
  READ,
  readingOf,
  target,
} from './__testUtils__/createSource';
import { fixture } from './__testUtils__/fixtures';
import { awsError, mockAws } from './__testUtils__/mockAws';

const aws = mockAws();
afterAll(() => aws.restore());

const FRONT_ARN = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:fraud-scoring-front`;
const behindApi = target('fraud-scoring-api', {
  'aws.amazon.com/sagemaker-endpoint': 'fraud-scoring-prod',
  'aidlc.io/inference-api': 'a1b2c3d4e5/prod',
});
const behindLambda = target('churn-predictor', {
  'aws.amazon.com/sagemaker-endpoint': `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:endpoint/churn-prod`,
  'aidlc.io/inference-api': FRONT_ARN,
});

/** The documented answers of API Gateway, Lambda and WAF for the fraud scoring front. */
function answerAsDocumented() {
  const api = fixture('apigateway');
  aws.apigateway.reset();
  aws.apigateway
    .on(GetRestApisCommand)
    .resolves(api.GetRestApis)
    .on(GetStageCommand)
    .resolves(api.GetStage)
    .on(GetRequestValidatorsCommand)
    .resolves(api.GetRequestValidators)
    .on(GetResourcesCommand)
    .resolves(api.GetResources)
    .on(GetUsagePlansCommand)
    .resolves(api.GetUsagePlans)
    .on(GetModelCommand)
    .resolves(api.GetModel);
  const v2 = fixture('apigatewayv2');
  aws.apigatewayv2.reset();
  aws.apigatewayv2
    .on(GetApisCommand)
    .resolves(v2.GetApis)
    .on(GetDomainNamesCommand)
    .resolves(v2.GetDomainNames)
    .on(GetApiMappingsCommand)
    .resolves(v2.GetApiMappings)
    .on(GetHttpStageCommand)
    .resolves(v2.GetStage)
    .on(GetIntegrationsCommand)
    .resolves(v2.GetIntegrations);
  aws.lambda.reset();
  aws.lambda.on(GetFunctionCommand).resolves(fixture('lambda').GetFunction);
  aws.wafv2.reset();
  aws.wafv2.on(GetWebACLCommand).resolves(fixture('wafv2').GetWebACL);
  return api;
}

describe('AwsSource: the inference API in front of the models', () => {
  beforeEach(answerAsDocumented);

  it('reads validation, throttling, TLS and the Lambda integration of a REST API stage', async () => {
    const outcomes = await createSource().read([behindApi], READ);
    expect(
      readingOf(outcomes, behindApi.entityRef).evidence.inferenceApis,
    ).toEqual([
      {
        name: 'a1b2c3d4e5/prod',
        kind: 'rest-api',
        requestValidation:
          'POST /invocations: body against model InferenceRequest (validator body)',
        // How to call it: the request model's schema, for the catalog's API entity
        invocation: {
          method: 'POST',
          path: '/invocations',
          requestSchema: expect.objectContaining({
            title: 'InferenceRequest',
            required: ['instances'],
          }),
        },
        throttling:
          'stage (all methods): 100 requests/s, burst 200; usage plan partners: 20 requests/s, burst 50; WAF rule per-ip-rate: 2000 requests per 5 minutes per address',
        minimumTls: 'TLS_1_2',
        compute: {
          kind: 'lambda',
          name: 'fraud-scoring-front',
          environment: [{ name: 'ENDPOINT_NAME' }, { name: 'REQUEST_SCHEMA' }],
          inVpc: true,
        },
      },
    ]);
    expect(aws.wafv2).toHaveReceivedCommandWith(GetWebACLCommand, {
      Name: 'fraud-api-acl',
      Id: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
      Scope: 'REGIONAL',
    });
    expect(aws.lambda).toHaveReceivedCommandWith(GetFunctionCommand, {
      FunctionName: FRONT_ARN,
    });
  });

  it('says nothing of validation or throttling where the stage has none, and flags a secret in the Lambda', async () => {
    const api = answerAsDocumented();
    const method = api.GetResources.items[1].resourceMethods.POST;
    delete method.requestValidatorId;
    delete method.requestModels;
    const { webAclArn: _, methodSettings: __, ...bare } = api.GetStage;
    const lambda = fixture('lambda').GetFunction;
    lambda.Configuration.Environment.Variables.SCORING_API_KEY =
      'sk_live_9f8e7d6c5b4a';
    aws.apigateway
      .on(GetStageCommand)
      .resolves(bare)
      .on(GetResourcesCommand)
      .resolves(api.GetResources)
      .on(GetUsagePlansCommand)
      .resolves({ items: [] });
    const v2 = fixture('apigatewayv2');
    v2.GetDomainNames.Items[0].DomainNameConfigurations[0].SecurityPolicy =
      'TLS_1_0';
    aws.apigatewayv2.on(GetDomainNamesCommand).resolves(v2.GetDomainNames);
    aws.lambda.on(GetFunctionCommand).resolves(lambda);
    const outcomes = await createSource().read([behindApi], READ);
    const [front] = readingOf(outcomes, behindApi.entityRef).evidence
      .inferenceApis!;
    expect(front.requestValidation).toBeUndefined();
    expect(front.throttling).toBeUndefined();
    expect(front.minimumTls).toBe('TLS_1_0');
    expect(front.compute!.environment).toContainEqual({
      name: 'SCORING_API_KEY',
      secretLike:
        'its name says it holds a secret, and its value is not a reference to one',
    });
    expect(JSON.stringify(front)).not.toContain('sk_live');
  });

  it('reads a Lambda function alone: its declared validation and reserved concurrency', async () => {
    const outcomes = await createSource().read([behindLambda], READ);
    expect(
      readingOf(outcomes, behindLambda.entityRef).evidence.inferenceApis,
    ).toEqual([
      {
        name: 'fraud-scoring-front',
        kind: 'lambda',
        requestValidation:
          'declared by the function: json-schema schemas/inference-request.json',
        throttling: 'reserved concurrency 50',
        compute: {
          kind: 'lambda',
          name: 'fraud-scoring-front',
          environment: [{ name: 'ENDPOINT_NAME' }, { name: 'REQUEST_SCHEMA' }],
          inVpc: true,
        },
      },
    ]);
    expect(aws.apigateway).not.toHaveReceivedCommand(GetStageCommand);
  });

  it('reads an ECS task definition front: plain environment judged, secrets as references, the declared validation', async () => {
    const task = `arn:aws:ecs:eu-west-1:${ACCOUNT}:task-definition/churn-front:7`;
    aws.ecs.reset();
    aws.ecs
      .on(DescribeTaskDefinitionCommand)
      .resolves(fixture('ecs').DescribeTaskDefinition);
    const onEcs = target('churn-predictor', {
      'aws.amazon.com/sagemaker-endpoint': `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:endpoint/churn-prod`,
      'aidlc.io/inference-api': task,
    });
    const outcomes = await createSource().read([onEcs], READ);
    expect(readingOf(outcomes, onEcs.entityRef).evidence.inferenceApis).toEqual(
      [
        {
          name: 'churn-front:7',
          kind: 'ecs',
          requestValidation:
            'declared by the task definition: pydantic ChurnRequest',
          compute: {
            kind: 'ecs-task',
            name: 'churn-front:7',
            environment: [
              { name: 'ENDPOINT_NAME' },
              {
                name: 'CRM_PASSWORD',
                secretLike:
                  'its name says it holds a secret, and its value is not a reference to one',
              },
              { name: 'CRM_API_TOKEN' },
            ],
            inVpc: true,
          },
        },
      ],
    );
    expect(aws.ecs).toHaveReceivedCommandWith(DescribeTaskDefinitionCommand, {
      taskDefinition: task,
      include: ['TAGS'],
    });
  });

  it('reads an HTTP API stage: its default throttling, and the validation its Lambda declares', async () => {
    const onHttp = target('churn-predictor', {
      'aws.amazon.com/sagemaker-endpoint': `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:endpoint/churn-prod`,
      'aidlc.io/inference-api': 'churn-http/prod',
    });
    const outcomes = await createSource().read([onHttp], READ);
    const [front] = readingOf(outcomes, onHttp.entityRef).evidence
      .inferenceApis!;
    expect(front).toMatchObject({
      name: 'h7t8p9a0b1/prod',
      kind: 'http-api',
      throttling: 'stage (all routes): 40 requests/s, burst 80',
      requestValidation:
        'declared by the function: json-schema schemas/inference-request.json',
      compute: { kind: 'lambda', name: 'fraud-scoring-front' },
    });
    expect(front.minimumTls).toBeUndefined();
  });

  it("reads a later entity's front from the location's cached APIs, without listing them again", async () => {
    const source = createSource();
    await source.read([behindApi], READ);
    aws.apigateway.resetHistory();
    aws.apigatewayv2.resetHistory();
    const onHttp = target('churn-predictor', {
      'aws.amazon.com/sagemaker-endpoint': `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:endpoint/churn-prod`,
      'aidlc.io/inference-api': 'churn-http/prod',
    });
    const later = await source.read([onHttp], READ);
    expect(
      readingOf(later, onHttp.entityRef).evidence.inferenceApis![0].name,
    ).toBe('h7t8p9a0b1/prod');
    expect(aws.apigateway).not.toHaveReceivedCommand(GetRestApisCommand);
    expect(aws.apigatewayv2).not.toHaveReceivedCommand(GetApisCommand);
  });

  it('finds the API by the name a project of the template knows, and says when no API has it', async () => {
    const byName = (api: string) =>
      target('fraud-scoring-api', {
        'aws.amazon.com/sagemaker-endpoint': 'fraud-scoring-prod',
        'aidlc.io/inference-api': `${api}/prod`,
      });
    const named = await createSource().read(
      [byName('fraud-scoring-prod')],
      READ,
    );
    expect(
      readingOf(named, behindApi.entityRef).evidence.inferenceApis![0].name,
    ).toBe('a1b2c3d4e5/prod');
    const missing = await createSource().read([byName('no-such-api')], READ);
    expect(readingOf(missing, behindApi.entityRef).evidence.gaps).toEqual({
      inferenceApis:
        'No API Gateway REST or HTTP API with id or name no-such-api',
    });
  });

  it('turns a front AWS denies into a gap of that section, and reads nothing for an entity without one', async () => {
    aws.apigateway
      .on(GetStageCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized', 403));
    const outcomes = await createSource().read(
      [
        behindApi,
        target('plain', {
          'aws.amazon.com/sagemaker-endpoint': 'fraud-scoring-prod',
        }),
      ],
      READ,
    );
    const denied = readingOf(outcomes, behindApi.entityRef).evidence;
    expect(denied.inferenceApis).toBeUndefined();
    expect(Object.keys(denied.gaps ?? {})).toEqual(['inferenceApis']);
    const plain = readingOf(outcomes, 'component:default/plain').evidence;
    expect(plain.inferenceApis).toBeUndefined();
    expect(plain.gaps).toBeUndefined();
  });
});
