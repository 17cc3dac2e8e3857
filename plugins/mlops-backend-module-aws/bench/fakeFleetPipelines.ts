import {
  DescribeRuleCommand,
  ListRuleNamesByTargetCommand,
} from '@aws-sdk/client-eventbridge';
import {
  DescribePipelineCommand,
  ListMlflowTrackingServersCommand,
  ListPipelineExecutionsCommand,
  ListPipelinesCommand,
} from '@aws-sdk/client-sagemaker';
import { AwsClientMocks } from '../src/__testUtils__/awsClientMocks';
import { FakeService, serviceLookup } from './fakeFleet';

const pipelineArn = (s: FakeService, name: string) =>
  `arn:aws:sagemaker:${s.region}:${s.account}:pipeline/${name}`;

/**
 * Each service's pipeline (named after its model group, as the template names it): validation,
 * preprocessing, training; one execution; one EventBridge rule that retrains on its drift alarm.
 */
export function answerPipelines(
  { sagemaker, eventbridge }: Pick<AwsClientMocks, 'sagemaker' | 'eventbridge'>,
  fleet: FakeService[],
) {
  const serviceOf = serviceLookup(fleet);
  sagemaker.on(ListPipelinesCommand).callsFake(input => ({
    PipelineSummaries: [
      {
        PipelineName: input.PipelineNamePrefix,
        PipelineArn: pipelineArn(
          serviceOf(input.PipelineNamePrefix),
          input.PipelineNamePrefix,
        ),
      },
    ],
  }));
  sagemaker.on(DescribePipelineCommand).callsFake(input => {
    const s = serviceOf(input.PipelineName);
    const raw = `s3://team-${s.team}-data/${s.name}/raw/`;
    const processing = (name: string) => ({
      Name: name,
      Type: 'Processing',
      Arguments: { ProcessingInputs: [{ S3Input: { S3Uri: raw } }] },
    });
    return {
      PipelineName: input.PipelineName,
      PipelineArn: pipelineArn(s, input.PipelineName),
      PipelineDefinition: JSON.stringify({
        Version: '2020-12-01',
        Steps: [
          processing('ValidateData'),
          processing('Preprocess'),
          { Name: 'Train', Type: 'Training', Arguments: {} },
        ],
      }),
    };
  });
  sagemaker.on(ListPipelineExecutionsCommand).resolves({
    PipelineExecutionSummaries: [
      {
        PipelineExecutionStatus: 'Succeeded',
        StartTime: new Date('2026-11-20T08:00:00Z'),
      },
    ],
  });
  sagemaker.on(ListMlflowTrackingServersCommand).resolves({
    TrackingServerSummaries: [],
  });
  eventbridge.on(ListRuleNamesByTargetCommand).callsFake(input => ({
    RuleNames: [`${input.TargetArn.split('/').pop()}-retrain`],
  }));
  eventbridge.on(DescribeRuleCommand).callsFake(input => ({
    Name: input.Name,
    State: 'ENABLED',
    EventPattern: JSON.stringify({
      source: ['aws.cloudwatch'],
      'detail-type': ['CloudWatch Alarm State Change'],
      detail: { alarmName: [`${input.Name}-drift`] },
    }),
  }));
}
