import {
  DescribeModelCardCommand,
  ListModelCardsCommand,
} from '@aws-sdk/client-sagemaker';
import { AwsClientMocks } from './awsClientMocks';

/**
 * The location's model cards: one documents `fraud-scoring-xgb/2` (the version the fixtures' endpoint
 * serves), one a notebook experiment without a model package.
 */
export function answerModelCards(
  sagemaker: AwsClientMocks['sagemaker'],
  sm: any,
) {
  sagemaker.on(ListModelCardsCommand).resolves(sm.ListModelCards);
  sagemaker
    .on(DescribeModelCardCommand)
    .callsFake(input => sm.DescribeModelCard[input.ModelCardName]);
}
