import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  ANNOTATION_AWS_ACCOUNT,
  ANNOTATION_AWS_REGION,
  ANNOTATION_COMPLIANCE_PROFILE,
  ANNOTATION_DATA_CLASSIFICATION,
  ANNOTATION_ENDPOINT,
  ANNOTATION_INFERENCE_API,
  ANNOTATION_MODEL_PACKAGE_GROUP,
  ANNOTATION_PIPELINE,
} from '@aidlc/plugin-mlops-common';
import { AWS_ACCOUNT_ID_PATTERN, AWS_REGION_PATTERN } from './awsPatterns';
import { InferenceApiTarget, parseInferenceApi } from './inferenceApiTarget';
import { quoteValue } from './quoteValue';

/** Data classifications, from least to most sensitive. @public */
export const DATA_CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
  'restricted',
] as const;
/** @public */
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];

/** A SageMaker resource named by an annotation, with where it lives when the annotation says. @public */
export interface AwsResourceName {
  name: string;
  arn?: string;
  account?: string;
  region?: string;
}

/** What the mlops annotations of one entity ask for, validated. @public */
export interface MlopsTarget {
  entityRef: string;
  modelPackageGroups: AwsResourceName[];
  endpoints: AwsResourceName[];
  /** The pipelines the entity names; absent when it names none (sources then look them up) */
  pipelines?: AwsResourceName[];
  account?: string;
  region?: string;
  profile: string;
  dataClassification?: DataClassification;
  /** The API in front of the models, when the entity names one */
  inferenceApi?: InferenceApiTarget;
}

const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
/** The compliance profile annotation's syntax. @public */
export const PROFILE_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
const ARN =
  /^arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:sagemaker:([a-z0-9-]{1,32}):(\d{12}):([a-z-]{1,32})\/(.{1,256})$/;
/** Longest annotation value read; a list of 20 ARNs fits. */
const MAX_ANNOTATION_LENGTH = 4096;
/** Most resources one annotation may name. */
const MAX_RESOURCES = 20;

/** The annotation's trimmed value; refused when it is longer than any valid value could be. */
function annotationValue(entity: Entity, annotation: string) {
  const value = entity.metadata.annotations?.[annotation];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > MAX_ANNOTATION_LENGTH) {
    throw new InputError(
      `Annotation ${annotation} is ${
        typeof value === 'string'
          ? `${value.length} characters long`
          : 'not a string'
      }; at most ${MAX_ANNOTATION_LENGTH} are read`,
    );
  }
  return value.trim();
}

function parseResourceList(
  annotation: string,
  value: string | undefined,
  resourceType: string,
): AwsResourceName[] {
  if (!value) return [];
  const parts = value
    .split(',')
    .map(part => part.trim())
    .filter(Boolean);
  if (parts.length > MAX_RESOURCES) {
    throw new InputError(
      `Annotation ${annotation} names ${parts.length} resources; at most ${MAX_RESOURCES}`,
    );
  }
  return parts.map(part => {
    const arn = ARN.exec(part);
    if (arn) {
      const [, region, account, type, name] = arn;
      if (type !== resourceType || !NAME.test(name)) {
        throw new InputError(
          `Annotation ${annotation}: ${quoteValue(
            part,
          )} is not the ARN of a SageMaker ${resourceType}`,
        );
      }
      return { name, arn: part, account, region };
    }
    if (!NAME.test(part)) {
      throw new InputError(
        `Annotation ${annotation}: ${quoteValue(
          part,
        )} is not a SageMaker ${resourceType} name or ARN (letters, digits and hyphens, at most 63)`,
      );
    }
    return { name: part };
  });
}

/**
 * Reads and validates the mlops annotations of an entity.
 * @throws InputError naming the annotation and the bad value.
 * @public
 */
export function readMlopsTarget(entity: Entity): MlopsTarget {
  const account = annotationValue(entity, ANNOTATION_AWS_ACCOUNT);
  if (account !== undefined && !AWS_ACCOUNT_ID_PATTERN.test(account)) {
    throw new InputError(
      `Annotation ${ANNOTATION_AWS_ACCOUNT}: ${quoteValue(
        account,
      )} is not a 12-digit AWS account id`,
    );
  }
  const region = annotationValue(entity, ANNOTATION_AWS_REGION);
  if (region !== undefined && !AWS_REGION_PATTERN.test(region)) {
    throw new InputError(
      `Annotation ${ANNOTATION_AWS_REGION}: ${quoteValue(
        region,
      )} is not an AWS region such as eu-west-1`,
    );
  }
  const profile =
    annotationValue(entity, ANNOTATION_COMPLIANCE_PROFILE) || 'standard';
  if (!PROFILE_PATTERN.test(profile)) {
    throw new InputError(
      `Annotation ${ANNOTATION_COMPLIANCE_PROFILE}: ${quoteValue(
        profile,
      )} is not a profile name (lower-case letters, digits and hyphens, at most 63)`,
    );
  }
  const classification = annotationValue(
    entity,
    ANNOTATION_DATA_CLASSIFICATION,
  );
  if (
    classification !== undefined &&
    !(DATA_CLASSIFICATIONS as readonly string[]).includes(classification)
  ) {
    throw new InputError(
      `Annotation ${ANNOTATION_DATA_CLASSIFICATION}: ${quoteValue(
        classification,
      )} is not one of ${DATA_CLASSIFICATIONS.join(', ')}`,
    );
  }
  const inferenceApi = parseInferenceApi(
    annotationValue(entity, ANNOTATION_INFERENCE_API),
  );
  const pipelines = parseResourceList(
    ANNOTATION_PIPELINE,
    annotationValue(entity, ANNOTATION_PIPELINE),
    'pipeline',
  );
  return {
    entityRef: stringifyEntityRef(entity),
    modelPackageGroups: parseResourceList(
      ANNOTATION_MODEL_PACKAGE_GROUP,
      annotationValue(entity, ANNOTATION_MODEL_PACKAGE_GROUP),
      'model-package-group',
    ),
    endpoints: parseResourceList(
      ANNOTATION_ENDPOINT,
      annotationValue(entity, ANNOTATION_ENDPOINT),
      'endpoint',
    ),
    ...(pipelines.length > 0 ? { pipelines } : {}),
    account,
    region,
    profile,
    dataClassification: classification as DataClassification | undefined,
    ...(inferenceApi ? { inferenceApi } : {}),
  };
}
