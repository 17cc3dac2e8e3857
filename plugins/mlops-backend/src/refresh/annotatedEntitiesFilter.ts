import {
  ANNOTATION_ENDPOINT,
  ANNOTATION_MODEL_PACKAGE_GROUP,
} from '@aidlc/plugin-mlops-common';
import {
  CATALOG_FILTER_EXISTS,
  EntityFilterQuery,
} from '@backstage/catalog-client';

/** Catalog filter for the entities the suite reads: either mlops annotation (the array means "or"). */
export const annotatedEntitiesFilter: EntityFilterQuery = [
  {
    [`metadata.annotations.${ANNOTATION_MODEL_PACKAGE_GROUP}`]:
      CATALOG_FILTER_EXISTS,
  },
  { [`metadata.annotations.${ANNOTATION_ENDPOINT}`]: CATALOG_FILTER_EXISTS },
];
