import {
  ANNOTATION_APPROVED_VERSION,
  ANNOTATION_LATEST_STATUS,
  ANNOTATION_LATEST_VERSION,
  ANNOTATION_SERVED_VERSIONS,
  isMlopsModel,
} from '@aidlc/plugin-mlops-common';
import {
  CatalogCollatorEntityTransformer,
  defaultCatalogCollatorEntityTransformer,
} from '@backstage/plugin-search-backend-module-catalog';

/** What a model's catalog document adds to Backstage's own fields, for its search result. */
export interface ModelDocumentFields {
  modelLatestVersion?: number;
  /** SageMaker's approval status of the latest version */
  modelLatestStatus?: string;
  modelApprovedVersion?: number;
  /** Versions that serve on an endpoint, newest first */
  modelServedVersions: number[];
  modelServesUnapproved: boolean;
}

const version = (text: string | undefined) =>
  text && /^\d+$/.test(text) ? Number(text) : undefined;

/**
 * The catalog collator's documents, with approval and serving state on those of models: one
 * document per model, found by the catalog's kind and type filters next to every other entity.
 */
export const modelDocumentTransformer: CatalogCollatorEntityTransformer =
  entity => {
    const document = defaultCatalogCollatorEntityTransformer(entity);
    if (!isMlopsModel(entity)) return document;
    const annotations = entity.metadata.annotations!;
    const served = (annotations[ANNOTATION_SERVED_VERSIONS] ?? '')
      .split(',')
      .map(version)
      .filter((v): v is number => v !== undefined);
    const fields: ModelDocumentFields = {
      modelLatestVersion: version(annotations[ANNOTATION_LATEST_VERSION]),
      modelLatestStatus: annotations[ANNOTATION_LATEST_STATUS],
      modelApprovedVersion: version(annotations[ANNOTATION_APPROVED_VERSION]),
      modelServedVersions: served,
      modelServesUnapproved:
        entity.metadata.tags?.includes('serves-unapproved') ?? false,
    };
    return { ...document, ...fields };
  };
