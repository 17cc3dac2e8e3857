import { useMemo } from 'react';
import { Content, Link, Table, TableColumn } from '@backstage/core-components';
import {
  EntityDisplayName,
  EntityRefLink,
} from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { CURSOR_TABLE_OPTIONS, emptyMessage } from '../../hooks/cursorPages';
import { CursorTableError } from '../CursorTableError/CursorTableError';
import {
  ModelCatalogEntry,
  useModelCatalogPages,
} from '../../hooks/useModelCatalogPages';
import { useMlTabLink } from '../../hooks/useMlTabLink';
import { StatusLabel } from '../StatusLabel/StatusLabel';
import { VisibilityNote } from '../VisibilityNote/VisibilityNote';

const columnsWith = (
  mlTab: (entityRef: string) => string,
): TableColumn<ModelCatalogEntry>[] => [
  {
    title: 'Model group',
    field: 'group',
    render: row =>
      row.modelEntityRef ? (
        <EntityRefLink entityRef={row.modelEntityRef} title={row.group} />
      ) : (
        row.group
      ),
  },
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
  {
    title: 'Owner',
    render: row => (
      <EntityRefLink entityRef={row.owner} defaultKind="group" hideIcon />
    ),
  },
  {
    title: 'Serving service',
    render: row => (
      <Link to={mlTab(row.entityRef)}>
        <EntityDisplayName entityRef={row.entityRef} hideIcon disableTooltip />
      </Link>
    ),
  },
  { title: 'Drift', render: row => <StatusLabel status={row.driftStatus} /> },
];

/**
 * Every model group of the fleet with its latest and approved version; searchable. A group opens
 * its model entity, a service its ML tab.
 */
export function ModelCatalogPage() {
  const { table, visibility } = useModelCatalogPages();
  const mlTab = useMlTabLink();
  const columns = useMemo(() => columnsWith(mlTab), [mlTab]);
  return (
    <Content>
      <VisibilityNote visibility={visibility} />
      <CursorTableError table={table} />
      <Table<ModelCatalogEntry>
        key={table.attempt}
        title="Model catalog"
        columns={columns}
        data={table.data}
        options={{
          ...CURSOR_TABLE_OPTIONS,
          sorting: false,
          debounceInterval: 300,
        }}
        localization={emptyMessage(table, 'No model group matches the search')}
      />
    </Content>
  );
}
