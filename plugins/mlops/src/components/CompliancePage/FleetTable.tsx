import { FleetQuery, FleetRow } from '@aidlc/plugin-mlops-common';
import {
  Link,
  Table,
  TableColumn,
  TrendLine,
} from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useMemo } from 'react';
import { CURSOR_TABLE_OPTIONS, emptyMessage } from '../../hooks/cursorPages';
import { CursorTableError } from '../CursorTableError/CursorTableError';
import { useFleetPages } from '../../hooks/useFleetPages';
import { FleetView } from '../../hooks/useFleetView';
import { useMlTabLink } from '../../hooks/useMlTabLink';
import { VerdictChip } from '../Chips/VerdictChip';
import { StatusLabel } from '../StatusLabel/StatusLabel';
import { Timestamp } from '../Timestamp/Timestamp';
import { FailedChips } from './FailedChips';

type OrderBy = NonNullable<FleetQuery['orderBy']>;

/** Names wrap between words, never inside one: the column grows instead. */
const WORDS_WHOLE = {
  minWidth: 120,
  wordBreak: 'normal',
  overflowWrap: 'normal',
} as const;

function fleetColumns(
  mlTab: (entityRef: string) => string,
  view: FleetView,
): TableColumn<FleetRow>[] {
  const columns: (TableColumn<FleetRow> & { field?: OrderBy })[] = [
    {
      title: 'Verdict',
      field: 'verdict',
      render: row => <VerdictChip verdict={row.verdict} />,
    },
    {
      title: 'Service',
      field: 'title',
      cellStyle: WORDS_WHOLE,
      render: row => <Link to={mlTab(row.entityRef)}>{row.title}</Link>,
    },
    {
      title: 'Owner',
      field: 'owner',
      cellStyle: WORDS_WHOLE,
      render: row => (
        <EntityRefLink entityRef={row.owner} defaultKind="group" hideIcon />
      ),
    },
    {
      title: 'Score',
      field: 'score',
      render: row => (row.verdict === 'not_evaluated' ? '—' : row.score),
    },
    {
      title: 'Failed checks',
      sorting: false,
      render: row => (
        <>
          <FailedChips failed={row.failed} />
          {row.missingEvidence > 0 && (
            <span>{row.missingEvidence} without evidence</span>
          )}
        </>
      ),
    },
    {
      title: 'Drift',
      sorting: false,
      cellStyle: { whiteSpace: 'nowrap' },
      render: row => <StatusLabel status={row.driftStatus} />,
    },
    {
      title: 'Trend',
      sorting: false,
      // A line needs two points: a service refreshed once has no trend yet
      render: row =>
        row.trend.length > 1 ? (
          <TrendLine
            data={row.trend.map(s => s / 100)}
            title={`Score trend of ${row.title}`}
          />
        ) : (
          '—'
        ),
    },
    {
      title: 'Evaluated',
      sorting: false,
      render: row => row.evaluatedAt && <Timestamp iso={row.evaluatedAt} />,
    },
  ];
  const orderBy = view.orderBy ?? 'verdict';
  return columns.map(column =>
    column.field === orderBy
      ? { ...column, defaultSort: view.order ?? 'asc' }
      : column,
  );
}

/**
 * Every ML service the caller may read, with the view's filters and order, a page at a time;
 * blocked services first unless another order is chosen. A service opens on its ML tab.
 */
export function FleetTable({
  view,
  onOrderChange,
}: {
  view: FleetView;
  onOrderChange: (orderBy?: OrderBy, order?: 'asc' | 'desc') => void;
}) {
  const mlTab = useMlTabLink();
  const columns = useMemo(() => fleetColumns(mlTab, view), [mlTab, view]);
  const table = useFleetPages(view.filters);
  return (
    <>
      <CursorTableError table={table} />
      <Table<FleetRow>
        // The remote data of a Table is read once: a new filter or a retry needs a new table
        key={`${JSON.stringify(view.filters)}:${table.attempt}`}
        title="ML services"
        columns={columns}
        data={table.data}
        options={{ ...CURSOR_TABLE_OPTIONS, search: false }}
        localization={emptyMessage(
          table,
          'No ML service matches these filters',
        )}
        onOrderChange={(index, direction) =>
          onOrderChange(
            columns[index]?.field as OrderBy | undefined,
            direction || undefined,
          )
        }
      />
    </>
  );
}
