import {
  LIFECYCLE_STAGES,
  LifecycleQuery,
  LifecycleRow,
  STAGE_TEXT,
} from '@aidlc/plugin-mlops-common';
import { Link, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useMemo } from 'react';
import { CURSOR_TABLE_OPTIONS, emptyMessage } from '../../hooks/cursorPages';
import { useLifecyclePages } from '../../hooks/useLifecyclePages';
import { useMlTabLink } from '../../hooks/useMlTabLink';
import { StageStatusChip } from '../Chips/StageStatusChip';
import { CursorTableError } from '../CursorTableError/CursorTableError';

type Filters = Pick<
  LifecycleQuery,
  'owner' | 'system' | 'stage' | 'stageStatus'
>;

const TIGHT = { paddingLeft: 4, paddingRight: 4 };

function lifecycleColumns(
  mlTab: (entityRef: string) => string,
): TableColumn<LifecycleRow>[] {
  return [
    {
      title: 'Service',
      field: 'title',
      cellStyle: { minWidth: 140 },
      render: row => <Link to={mlTab(row.entityRef)}>{row.title}</Link>,
    },
    {
      title: 'Owner',
      field: 'owner',
      render: row => (
        <EntityRefLink entityRef={row.owner} defaultKind="group" hideIcon />
      ),
    },
    {
      title: 'In place',
      // The API's `progress` order: fewest stages in place first
      field: 'progress',
      defaultSort: 'asc',
      render: row => `${row.inPlace} of ${LIFECYCLE_STAGES.length}`,
    },
    ...LIFECYCLE_STAGES.map(
      (stage): TableColumn<LifecycleRow> => ({
        title: (
          <span title={STAGE_TEXT[stage].label}>{STAGE_TEXT[stage].short}</span>
        ),
        sorting: false,
        // Six of them beside the service: narrow, so the table fits a laptop's width
        headerStyle: TIGHT,
        cellStyle: TIGHT,
        render: row => <StageStatusChip status={row.stages[stage]} />,
      }),
    ),
  ];
}

/** Services by AIDLC stage, the least mature first, with the filters of the lifecycle tab. */
export function LifecycleTable({ filters }: { filters: Filters }) {
  const mlTab = useMlTabLink();
  const columns = useMemo(() => lifecycleColumns(mlTab), [mlTab]);
  const table = useLifecyclePages(filters);
  return (
    <>
      <CursorTableError table={table} />
      <Table<LifecycleRow>
        // The remote data of a Table is read once: a new filter or a retry needs a new table
        key={`${JSON.stringify(filters)}:${table.attempt}`}
        title="AI development life cycle"
        columns={columns}
        data={table.data}
        // Dense: eight columns fit the width of a laptop
        options={{ ...CURSOR_TABLE_OPTIONS, search: false, padding: 'dense' }}
        localization={emptyMessage(
          table,
          'No ML service matches these filters',
        )}
      />
    </>
  );
}
