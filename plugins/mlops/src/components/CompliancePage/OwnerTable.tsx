import {
  OwnerSummary,
  VERDICTS,
  VERDICT_TEXT,
} from '@aidlc/plugin-mlops-common';
import { Progress, Table, TableColumn } from '@backstage/core-components';
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

/** A team's row: its summary and the name people know it by, which the table sorts on. */
type TeamRow = OwnerSummary & { id: string; name: string };

// Static columns: the table keeps its sort and state across renders
const columns: TableColumn<TeamRow>[] = [
  {
    title: 'Team',
    field: 'name',
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

/**
 * Each team's services by verdict, blocked teams first. The table mounts once its rows are whole
 * (names included): material-table takes rows that change after mounting for unstable columns.
 */
export function OwnerTable({
  owners,
  ownerName,
  loading,
}: {
  owners: OwnerSummary[];
  ownerName: (ref: string) => string;
  loading: boolean;
}) {
  if (loading) return <Progress />;
  return (
    <Table<TeamRow>
      title="Services per team"
      columns={columns}
      data={owners.map(owner => ({
        ...owner,
        id: owner.owner,
        name: ownerName(owner.owner),
      }))}
      options={{ paging: false, search: false }}
    />
  );
}
