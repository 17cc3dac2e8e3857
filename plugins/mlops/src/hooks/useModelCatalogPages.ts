import {
  ANNOTATION_MODEL_GROUP_ARN,
  ModelCatalogRow,
  Visibility,
} from '@aidlc/plugin-mlops-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { Query } from '@material-table/core';
import { useCallback, useState } from 'react';
import { mlopsApiRef } from '../api';
import { useCursorTable } from './cursorPages';

/** A model catalog row with the catalog entity the group is published as, once it is. */
export type ModelCatalogEntry = ModelCatalogRow & { modelEntityRef?: string };

/**
 * The remote data of the model catalog table, and whether it holds every team's models. Each page's
 * groups are looked up in the catalog by ARN (one request), so rows link to their model entities
 * whatever names the catalog module gave them.
 */
export function useModelCatalogPages() {
  const api = useApi(mlopsApiRef);
  const catalogApi = useApi(catalogApiRef);
  const [visibility, setVisibility] = useState<Visibility>();
  const fetchPage = useCallback(
    async (cursor: string | undefined, query: Query<ModelCatalogEntry>) => {
      const page = await api.getModelCatalog({
        q: query.search || undefined,
        limit: query.pageSize,
        cursor,
      });
      setVisibility(page.visibility);
      const arns = [...new Set(page.items.map(row => row.arn))];
      const { items: models } = arns.length
        ? await catalogApi.getEntities({
            filter: {
              kind: 'resource',
              [`metadata.annotations.${ANNOTATION_MODEL_GROUP_ARN}`]: arns,
            },
            fields: [
              'kind',
              'metadata.namespace',
              'metadata.name',
              'metadata.annotations',
            ],
          })
        : { items: [] };
      const refByArn = new Map(
        models.map(model => [
          model.metadata.annotations?.[ANNOTATION_MODEL_GROUP_ARN],
          stringifyEntityRef(model),
        ]),
      );
      return {
        ...page,
        items: page.items.map(row => ({
          ...row,
          modelEntityRef: refByArn.get(row.arn),
        })),
      };
    },
    [api, catalogApi],
  );
  const table = useCursorTable(fetchPage, row => `${row.entityRef}:${row.arn}`);
  return { table, visibility };
}
