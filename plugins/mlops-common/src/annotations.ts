import type { Entity } from '@backstage/catalog-model';

/** Model package groups (names or ARNs, comma-separated) of the SageMaker Model Registry. @public */
export const ANNOTATION_MODEL_PACKAGE_GROUP =
  'aws.amazon.com/sagemaker-model-package-group';
/** SageMaker endpoints (names or ARNs, comma-separated) that serve the entity's models. @public */
export const ANNOTATION_ENDPOINT = 'aws.amazon.com/sagemaker-endpoint';
/**
 * SageMaker Pipelines (names or ARNs, comma-separated) that prepare the data and train the entity's
 * models; without it, the pipelines whose names start with a model package group's name. @public
 */
export const ANNOTATION_PIPELINE = 'aws.amazon.com/sagemaker-pipeline';
/** AWS account id where names (not ARNs) live. @public */
export const ANNOTATION_AWS_ACCOUNT = 'aidlc.io/aws-account';
/** AWS region where names (not ARNs) live. @public */
export const ANNOTATION_AWS_REGION = 'aidlc.io/aws-region';
/** Compliance profile that applies to the entity (default `standard`). @public */
export const ANNOTATION_COMPLIANCE_PROFILE = 'aidlc.io/compliance-profile';
/**
 * Who approves or rejects the entity's model versions (entity refs, comma-separated, e.g.
 * `group:default/fraud-ml-leads`); its owner when absent. @public
 */
export const ANNOTATION_MODEL_APPROVERS = 'aidlc.io/model-approvers';
/** Data classification of what the models see. @public */
export const ANNOTATION_DATA_CLASSIFICATION = 'aidlc.io/data-classification';
/**
 * The front that serves the models to callers: an API Gateway REST API stage (`<rest-api-id>/<stage>`)
 * a Lambda function ARN or an ECS task definition ARN, in the entity's account and region; the API by
 * its id or its name. @public
 */
export const ANNOTATION_INFERENCE_API = 'aidlc.io/inference-api';

/** True when the entity carries an annotation that the mlops plugins read. @public */
export function isMlopsAvailable(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return Boolean(
    annotations[ANNOTATION_MODEL_PACKAGE_GROUP] ||
      annotations[ANNOTATION_ENDPOINT],
  );
}

/** Annotations of a model entity; deliberately not the mlops ones, so it is not refreshed as a service. @public */
export const ANNOTATION_MODEL_GROUP_ARN = 'aidlc.io/model-package-group-arn';
/** @public */
export const ANNOTATION_LATEST_VERSION = 'aidlc.io/latest-model-version';
/** The approval status of the latest version, as SageMaker names it. @public */
export const ANNOTATION_LATEST_STATUS = 'aidlc.io/latest-model-status';
/** @public */
export const ANNOTATION_APPROVED_VERSION = 'aidlc.io/approved-model-version';
/** The versions that serve on an endpoint, newest first, comma-separated. @public */
export const ANNOTATION_SERVED_VERSIONS = 'aidlc.io/served-model-versions';

/** True for the model entities the mlops catalog module publishes. @public */
export function isMlopsModel(entity: Entity): boolean {
  return Boolean(entity.metadata.annotations?.[ANNOTATION_MODEL_GROUP_ARN]);
}
