import {
  ANNOTATION_APPROVED_VERSION,
  ANNOTATION_LATEST_STATUS,
  ANNOTATION_LATEST_VERSION,
  ANNOTATION_MODEL_GROUP_ARN,
  ANNOTATION_SERVED_VERSIONS,
  approvalText,
  ModelCatalogRow,
} from '@aidlc/plugin-mlops-common';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import { uniqueEntityNames } from './modelEntityName';

/** Where the catalog says model entities come from. @public */
export const MODELS_LOCATION = 'mlops-models:provider';

/** The `spec.type` of model entities: the ecosystem's `ai-model`, or this suite's earlier `ml-model`. @public */
export type ModelEntityType = 'ai-model' | 'ml-model';

/**
 * The AI asset annotations of Red Hat Developer Hub's AI catalog, so a portal that mixes registries
 * groups and filters our models and model servers with theirs.
 * @public
 */
export const AI_ASSET_ANNOTATIONS = {
  category: 'rhdh.io/ai-asset-category',
  version: 'rhdh.io/ai-asset-version',
  source: 'rhdh.io/ai-asset-source',
} as const;

/** The registry our models come from, as the AI asset source annotation names it. */
export const AI_ASSET_SOURCE = 'aws-sagemaker';

/** Tags follow the catalog's rule: lowercase words joined by single hyphens. */
const approvalTag = (status: string) =>
  status.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * One `Resource` of type `ai-model` (or `ml-model`) per model package group (per ARN), owned by the
 * owner of the service that serves it, part of that service's system and `dependencyOf` every such
 * service.
 * Names that collide in a namespace all get a suffix from their ARN, so no group takes another's
 * name. No links with a host: the portal's model card links to the services' ML tabs.
 * @public
 */
export function modelEntities(
  rows: ModelCatalogRow[],
  type: ModelEntityType = 'ai-model',
): Entity[] {
  const byArn = new Map<string, ModelCatalogRow[]>();
  for (const row of [...rows].sort((a, b) =>
    a.entityRef.localeCompare(b.entityRef),
  )) {
    byArn.set(row.arn, [...(byArn.get(row.arn) ?? []), row]);
  }

  const groups = [...byArn.values()].map(served => {
    const [first] = served;
    return {
      first,
      served,
      namespace: parseEntityRef(first.entityRef).namespace,
    };
  });
  const names = uniqueEntityNames(
    groups.map(({ first, namespace }) => ({
      namespace,
      name: first.group,
      id: first.arn,
    })),
  );

  return groups.map(({ first, served, namespace }, i) => {
    const name = names[i];
    const annotations: Record<string, string> = {
      [ANNOTATION_LOCATION]: MODELS_LOCATION,
      [ANNOTATION_ORIGIN_LOCATION]: MODELS_LOCATION,
      [ANNOTATION_MODEL_GROUP_ARN]: first.arn,
      [AI_ASSET_ANNOTATIONS.category]: 'ai-model',
      [AI_ASSET_ANNOTATIONS.source]: AI_ASSET_SOURCE,
    };
    const version = first.approvedVersion ?? first.latestVersion;
    if (version !== undefined) {
      annotations[AI_ASSET_ANNOTATIONS.version] = String(version);
    }
    if (first.latestVersion !== undefined) {
      annotations[ANNOTATION_LATEST_VERSION] = String(first.latestVersion);
    }
    if (first.latestStatus) {
      annotations[ANNOTATION_LATEST_STATUS] = first.latestStatus;
    }
    if (first.approvedVersion !== undefined) {
      annotations[ANNOTATION_APPROVED_VERSION] = String(first.approvedVersion);
    }
    if (first.servedVersions?.length) {
      annotations[ANNOTATION_SERVED_VERSIONS] = first.servedVersions.join(',');
    }
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name,
        namespace,
        title: first.group,
        description: describe(first),
        annotations,
        tags: [
          type,
          ...(first.latestStatus ? [approvalTag(first.latestStatus)] : []),
          ...(first.servesUnapproved ? ['serves-unapproved'] : []),
        ],
      },
      spec: {
        type,
        owner: first.owner,
        ...(first.system && { system: first.system }),
        dependencyOf: served.map(s => s.entityRef),
      },
    };
  });
}

function describe(row: ModelCatalogRow): string {
  const latest =
    row.latestVersion !== undefined
      ? `latest version ${row.latestVersion} (${approvalText(
          row.latestStatus,
        )})`
      : 'no versions yet';
  const approved =
    row.approvedVersion !== undefined
      ? `approved version ${row.approvedVersion}`
      : 'no approved version';
  const versions = row.servedVersions ?? [];
  const unapproved =
    versions.length === 1
      ? 'which is not approved'
      : 'one of them not approved';
  const served = versions.length
    ? `serving ${versions.map(v => `v${v}`).join(', ')}${
        row.servesUnapproved ? `, ${unapproved}` : ''
      }`
    : 'not serving on any endpoint';
  return `SageMaker model package group ${
    row.group
  }: ${latest}, ${approved}, ${served}; drift ${row.driftStatus.replace(
    '_',
    ' ',
  )}.`;
}
