import { everyMember } from './everyMember';
import { Principle, Severity } from './types';

/** The five principles of the secure ML pipeline, in the order views list them. @public */
export const PRINCIPLES = everyMember<Principle>()(
  'network-isolation',
  'encryption',
  'least-privilege',
  'everything-as-code',
  'defense-in-depth',
);

/** Severities, most severe first. @public */
export const SEVERITIES = everyMember<Severity>()(
  'critical',
  'high',
  'medium',
  'low',
);

/**
 * AWS services a private ML subnet reaches through VPC endpoints, without the internet: the suffix of
 * `com.amazonaws.<region>.<service>`.
 * @public
 */
export const REQUIRED_VPC_ENDPOINT_SERVICES = [
  'sagemaker.api',
  'sagemaker.runtime',
  'sts',
  'logs',
  'monitoring',
  'ecr.api',
  'ecr.dkr',
  'kms',
  's3',
] as const;
