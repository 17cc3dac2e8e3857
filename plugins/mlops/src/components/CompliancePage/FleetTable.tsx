import { FleetExportQuery, FleetRow } from '@aidlc/plugin-mlops-common';
import { Table, TableColumn, TrendLine } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { CURSOR_TABLE_OPTIONS } from '../../hooks/cursorPages';
import { useFleetPages } from '../../hooks/useFleetPages';
import { StatusLabel } from '../StatusLabel/StatusLabel';
import { Timestamp } from '../Timestamp/Timestamp';
import { FailedChips } from './FailedChips';

/** The filters of the fleet table. */
export type FleetFilters = Pick<
  FleetExportQuery,
  'owner' | 'system' | 'severity' | 'check'
>;

const columns: TableColumn<FleetRow>[] = [
  {
    title: 'Service',
    field: 'title',
    render: row => (
      <EntityRefLink entityRef={row.entityRef} title={row.title} />
    ),
  },
  {
    title: 'Owner',
    field: 'owner',
    render: row => <EntityRefLink entityRef={row.owner} />,
  },
  { title: 'Score', field: 'score', defaultSort: 'asc' },
  {
    title: 'Failed checks',
    sorting: false,
    render: row => <FailedChips failed={row.failed} />,
  },
  {
    title: 'Drift',
    sorting: false,
    render: row => <StatusLabel status={row.driftStatus} />,
  },
  {
    title: 'Trend',
    sorting: false,
    render: row => (
      <TrendLine
        data={row.trend.map(s => s / 100)}
        title={`Score trend of ${row.title}`}
      />
    ),
  },
  {
    title: 'Evaluated',
    sorting: false,
    render: row => row.evaluatedAt && <Timestamp iso={row.evaluatedAt} />,
  },
];

/** Every ML service the caller may read, with these filters, a page at a time. */
export function FleetTable({ filters }: { filters: FleetFilters }) {
  const data = useFleetPages(filters);
  return (
    <Table<FleetRow>
      // The remote data of a Table is read once: a new filter needs a new table
      key={JSON.stringify(filters)}
      title="ML services"
      columns={columns}
      data={data}
      options={{ ...CURSOR_TABLE_OPTIONS, search: false }}
    />
  );
}
