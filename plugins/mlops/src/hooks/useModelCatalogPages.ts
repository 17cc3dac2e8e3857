import {
  ModelCatalogPage,
  ModelCatalogRow,
  Visibility,
} from '@aidlc/plugin-mlops-common';
import { useApi } from '@backstage/core-plugin-api';
import { useMemo, useState } from 'react';
import { mlopsApiRef } from '../api';
import { cursorPages } from './cursorPages';

/** The remote data of the model catalog table, and whether it holds every team's models. */
export function useModelCatalogPages() {
  const api = useApi(mlopsApiRef);
  const [visibility, setVisibility] = useState<Visibility>();
  const data = useMemo(
    () =>
      cursorPages<ModelCatalogRow, ModelCatalogPage>(
        async (cursor, query) => {
          const page = await api.getModelCatalog({
            q: query.search || undefined,
            limit: query.pageSize,
            cursor,
          });
          setVisibility(page.visibility);
          return page;
        },
        row => `${row.entityRef}:${row.arn}`,
      ),
    [api],
  );
  return { data, visibility };
}
