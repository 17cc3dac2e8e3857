/**
 * The AWS source of the mlops backend: SageMaker Model Registry, Model Monitor, CloudWatch drift
 * metrics and the compliance evidence of S3, KMS, IAM, EC2, CloudTrail, GuardDuty and AWS Config.
 *
 * @packageDocumentation
 */
export { mlopsModuleAws as default } from './module';
export { AwsSource } from './AwsSource';
export { readAwsSourceConfig } from './AwsSourceConfig';
export type { AwsSourceConfig, AwsAccountConfig } from './AwsSourceConfig';
