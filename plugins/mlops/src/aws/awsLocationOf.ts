import {
  ANNOTATION_AWS_ACCOUNT,
  ANNOTATION_AWS_REGION,
  ANNOTATION_ENDPOINT,
  ModelGroup,
} from '@aidlc/plugin-mlops-common';
import { Entity } from '@backstage/catalog-model';
import { AwsLocation, parseArn } from './consoleLinks';

/**
 * Where the entity's named resources live, for console links: its region and account annotations,
 * else the location of the first ARN it names (endpoints) or its model groups carry.
 */
export function awsLocationOf(
  entity: Entity,
  groups: ModelGroup[],
): AwsLocation | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const arns = [
    ...(annotations[ANNOTATION_ENDPOINT] ?? '').split(','),
    ...groups.map(g => g.arn),
  ];
  const fromArn = arns.map(parseArn).find(arn => arn?.region);
  const region = annotations[ANNOTATION_AWS_REGION] ?? fromArn?.region;
  if (!region) return undefined;
  return {
    partition: fromArn?.partition ?? 'aws',
    region,
    account: annotations[ANNOTATION_AWS_ACCOUNT] ?? fromArn?.account,
  };
}
