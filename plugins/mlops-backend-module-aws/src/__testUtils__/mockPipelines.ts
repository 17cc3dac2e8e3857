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
import { AwsClientMocks } from './awsClientMocks';
import { fixture } from './fixtures';

/**
 * The pipeline named after `fraud-scoring-xgb` (validation, preprocessing, training, a condition
 * that registers), its newest execution, the EventBridge rules that start it, and the account's
 * MLflow tracking server. Other model groups have no pipeline.
 */
export function answerPipelines(
  { sagemaker, eventbridge }: Pick<AwsClientMocks, 'sagemaker' | 'eventbridge'>,
  sm: any,
) {
  sagemaker.on(ListPipelinesCommand).resolves({ PipelineSummaries: [] });
  sagemaker
    .on(ListPipelinesCommand, { PipelineNamePrefix: 'fraud-scoring-xgb' })
    .resolves(sm.ListPipelines);
  sagemaker.on(DescribePipelineCommand).resolves(sm.DescribePipeline);
  sagemaker
    .on(ListPipelineExecutionsCommand)
    .resolves(sm.ListPipelineExecutions);
  sagemaker
    .on(ListMlflowTrackingServersCommand)
    .resolves(sm.ListMlflowTrackingServers);
  const rules = fixture('eventbridge');
  eventbridge
    .on(ListRuleNamesByTargetCommand)
    .resolves(rules.ListRuleNamesByTarget);
  eventbridge
    .on(DescribeRuleCommand)
    .callsFake(input => rules.DescribeRule[input.Name]);
}
