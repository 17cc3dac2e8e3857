import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  ANNOTATION_AWS_ACCOUNT,
  ANNOTATION_AWS_REGION,
  ANNOTATION_COMPLIANCE_PROFILE,
  ANNOTATION_DATA_CLASSIFICATION,
  ANNOTATION_ENDPOINT,
  ANNOTATION_MODEL_PACKAGE_GROUP,
} from './annotations';

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
  account?: string;
  region?: string;
  profile: string;
  dataClassification?: DataClassification;
}

const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const PROFILE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const ARN =
  /^arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:sagemaker:([a-z0-9-]+):(\d{12}):([a-z-]+)\/(.+)$/;

/** True when the entity carries an annotation that the mlops plugins read. @public */
export function isMlopsAvailable(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return Boolean(
    annotations[ANNOTATION_MODEL_PACKAGE_GROUP] ||
      annotations[ANNOTATION_ENDPOINT],
  );
}

function parseResourceList(
  annotation: string,
  value: string | undefined,
  resourceType: string,
): AwsResourceName[] {
  if (!value) return [];
  return value
    .split(',')
    .map(part => part.trim())
    .filter(Boolean)
    .map(part => {
      const arn = ARN.exec(part);
      if (arn) {
        const [, region, account, type, name] = arn;
        if (type !== resourceType || !NAME.test(name)) {
          throw new InputError(
            `Annotation ${annotation}: "${part}" is not the ARN of a SageMaker ${resourceType}`,
          );
        }
        return { name, arn: part, account, region };
      }
      if (!NAME.test(part)) {
        throw new InputError(
          `Annotation ${annotation}: "${part}" is not a SageMaker ${resourceType} name or ARN (letters, digits and hyphens, at most 63)`,
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
  const annotations = entity.metadata.annotations ?? {};
  const account = annotations[ANNOTATION_AWS_ACCOUNT]?.trim();
  if (account !== undefined && !ACCOUNT.test(account)) {
    throw new InputError(
      `Annotation ${ANNOTATION_AWS_ACCOUNT}: "${account}" is not a 12-digit AWS account id`,
    );
  }
  const region = annotations[ANNOTATION_AWS_REGION]?.trim();
  if (region !== undefined && !REGION.test(region)) {
    throw new InputError(
      `Annotation ${ANNOTATION_AWS_REGION}: "${region}" is not an AWS region such as eu-west-1`,
    );
  }
  const profile =
    annotations[ANNOTATION_COMPLIANCE_PROFILE]?.trim() || 'standard';
  if (!PROFILE.test(profile)) {
    throw new InputError(
      `Annotation ${ANNOTATION_COMPLIANCE_PROFILE}: "${profile}" is not a profile name`,
    );
  }
  const classification = annotations[ANNOTATION_DATA_CLASSIFICATION]?.trim();
  if (
    classification !== undefined &&
    !(DATA_CLASSIFICATIONS as readonly string[]).includes(classification)
  ) {
    throw new InputError(
      `Annotation ${ANNOTATION_DATA_CLASSIFICATION}: "${classification}" is not one of ${DATA_CLASSIFICATIONS.join(
        ', ',
      )}`,
    );
  }
  return {
    entityRef: stringifyEntityRef(entity),
    modelPackageGroups: parseResourceList(
      ANNOTATION_MODEL_PACKAGE_GROUP,
      annotations[ANNOTATION_MODEL_PACKAGE_GROUP],
      'model-package-group',
    ),
    endpoints: parseResourceList(
      ANNOTATION_ENDPOINT,
      annotations[ANNOTATION_ENDPOINT],
      'endpoint',
    ),
    account,
    region,
    profile,
    dataClassification: classification as DataClassification | undefined,
  };
}
