import { OwnerSummary } from '@aidlc/plugin-mlops-common';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { FailedChips } from './FailedChips';

const columns: TableColumn<OwnerSummary>[] = [
  {
    title: 'Owner',
    field: 'owner',
    render: row => <EntityRefLink entityRef={row.owner} />,
  },
  { title: 'Services', field: 'services' },
  { title: 'Failing services', field: 'failingServices', defaultSort: 'desc' },
  {
    title: 'Average score',
    field: 'averageScore',
    render: row => row.averageScore ?? '—',
  },
  {
    title: 'Not evaluated yet',
    field: 'notEvaluated',
    render: row => (row.notEvaluated > 0 ? row.notEvaluated : ''),
  },
  {
    title: 'Failed checks',
    render: row => <FailedChips failed={row.failed} />,
  },
];

/** The failing services of each team. */
export function OwnerTable({
  owners,
  loading,
}: {
  owners: OwnerSummary[];
  loading: boolean;
}) {
  return (
    <Table<OwnerSummary>
      title="Failing services per team"
      columns={columns}
      data={owners}
      isLoading={loading}
      options={{ paging: false, search: false }}
    />
  );
}
