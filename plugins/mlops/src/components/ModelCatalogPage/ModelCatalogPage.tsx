import { ModelCatalogRow } from '@aidlc/plugin-mlops-common';
import { Content, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { CURSOR_TABLE_OPTIONS } from '../../hooks/cursorPages';
import { useModelCatalogPages } from '../../hooks/useModelCatalogPages';
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
  {
    title: 'Serving',
    render: row => (
      <Typography
        variant="body2"
        color={row.servesUnapproved ? 'error' : 'initial'}
      >
        {row.servedVersions?.length
          ? row.servedVersions.map(v => `v${v}`).join(', ')
          : 'none'}
        {row.servesUnapproved && ' (not approved)'}
      </Typography>
    ),
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
  const { data, visibility } = useModelCatalogPages();
  return (
    <Content>
      <VisibilityNote visibility={visibility} />
      <Table<ModelCatalogRow>
        title="Model catalog"
        columns={columns}
        data={data}
        options={{
          ...CURSOR_TABLE_OPTIONS,
          sorting: false,
          debounceInterval: 300,
        }}
      />
    </Content>
  );
}
