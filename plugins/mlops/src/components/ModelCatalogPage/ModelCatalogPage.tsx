import { ModelCatalogRow, Visibility } from '@aidlc/plugin-mlops-common';
import { Content, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useMemo, useState } from 'react';
import { mlopsApiRef } from '../../api';
import { cursorPages } from '../cursorPages';
import { StatusLabel } from '../StatusLabel/StatusLabel';
import { VisibilityNote } from '../VisibilityNote/VisibilityNote';

const columns: TableColumn<ModelCatalogRow>[] = [
  { title: 'Model group', field: 'group' },
  {
    title: 'Latest version',
    render: row =>
      row.latestVersion !== undefined ? (
        <>
          v{row.latestVersion}{' '}
          <StatusLabel status={row.latestStatus ?? 'unknown'} />
        </>
      ) : (
        'none'
      ),
  },
  {
    title: 'Approved version',
    render: row =>
      row.approvedVersion !== undefined ? `v${row.approvedVersion}` : 'none',
  },
  { title: 'Owner', render: row => <EntityRefLink entityRef={row.owner} /> },
  {
    title: 'Serving service',
    render: row => <EntityRefLink entityRef={row.entityRef} />,
  },
  { title: 'Drift', render: row => <StatusLabel status={row.driftStatus} /> },
];

/** Every model group of the fleet with its latest and approved version; searchable. */
export function ModelCatalogPage() {
  const api = useApi(mlopsApiRef);
  const [visibility, setVisibility] = useState<Visibility>();
  const data = useMemo(
    () =>
      cursorPages<
        ModelCatalogRow,
        Awaited<ReturnType<typeof api.getModelCatalog>>
      >(async (cursor, query) => {
        const page = await api.getModelCatalog({
          q: query.search || undefined,
          limit: query.pageSize,
          cursor,
        });
        setVisibility(page.visibility);
        return page;
      }),
    [api],
  );
  return (
    <Content>
      <VisibilityNote visibility={visibility} />
      <Table<ModelCatalogRow>
        title="Model catalog"
        columns={columns}
        data={data}
        options={{
          pageSize: 20,
          pageSizeOptions: [20],
          sorting: false,
          debounceInterval: 300,
          paginationType: 'stepped',
          showFirstLastPageButtons: false,
        }}
      />
    </Content>
  );
}
