import {
  OwnerSummary,
  VERDICTS,
  VERDICT_TEXT,
} from '@aidlc/plugin-mlops-common';
import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import { VerdictChip } from '../Chips/VerdictChip';
import { FailedChips } from './FailedChips';

/** A team's services per verdict, worst first, in the verdicts' colours. */
function VerdictCounts({ owner }: { owner: OwnerSummary }) {
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {VERDICTS.filter(v => owner.verdicts[v] > 0).map(verdict => (
        <VerdictChip
          key={verdict}
          verdict={verdict}
          label={`${owner.verdicts[verdict]} ${VERDICT_TEXT[
            verdict
          ].label.toLocaleLowerCase('en-US')}`}
        />
      ))}
    </Box>
  );
}

/** Each team's services by verdict, blocked teams first. */
export function OwnerTable({
  owners,
  ownerName,
  loading,
}: {
  owners: OwnerSummary[];
  ownerName: (ref: string) => string;
  loading: boolean;
}) {
  const columns: TableColumn<OwnerSummary>[] = [
    {
      title: 'Team',
      field: 'owner',
      customSort: (a, b) =>
        ownerName(a.owner).localeCompare(ownerName(b.owner)),
      render: row => (
        <EntityRefLink entityRef={row.owner} defaultKind="group" hideIcon />
      ),
    },
    {
      title: 'Services by verdict',
      sorting: false,
      render: row => <VerdictCounts owner={row} />,
    },
    {
      title: 'Blocked',
      field: 'verdicts.blocked',
      customSort: (a, b) => a.verdicts.blocked - b.verdicts.blocked,
    },
    { title: 'Services', field: 'services' },
    {
      title: 'Average score',
      field: 'averageScore',
      render: row => row.averageScore ?? '—',
    },
    {
      title: 'Failed checks',
      sorting: false,
      render: row => <FailedChips failed={row.failed} />,
    },
  ];
  return (
    <Table<OwnerSummary>
      title="Services per team"
      columns={columns}
      data={owners.map(owner => ({ ...owner, id: owner.owner }))}
      isLoading={loading}
      options={{ paging: false, search: false }}
    />
  );
}
