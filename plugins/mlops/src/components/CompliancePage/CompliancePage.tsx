import {
  FleetQuery,
  FleetRow,
  OwnerSummary,
  SEVERITIES,
  Severity,
} from '@aidlc/plugin-mlops-common';
import {
  Content,
  ResponseErrorPanel,
  Select,
  Table,
  TableColumn,
  TrendLine,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  EntityRefLink,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { mlopsApiRef } from '../../api';
import { cursorPages } from '../cursorPages';
import { StatusLabel } from '../StatusLabel/StatusLabel';
import { VisibilityNote } from '../VisibilityNote/VisibilityNote';

type Filters = Pick<FleetQuery, 'owner' | 'system' | 'severity' | 'check'>;

const SORTABLE = ['score', 'entityRef', 'owner', 'title'];

function FailedChips({ failed }: { failed: FleetRow['failed'] }) {
  return (
    <Box display="flex" style={{ gap: 4 }}>
      {SEVERITIES.filter(s => failed[s] > 0).map(s => (
        <Chip key={s} size="small" label={`${failed[s]} ${s}`} />
      ))}
    </Box>
  );
}

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
    render: row =>
      row.evaluatedAt ? new Date(row.evaluatedAt).toLocaleString() : '',
  },
];

const ownerColumns: TableColumn<OwnerSummary>[] = [
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

function FleetTable({ filters }: { filters: Filters }) {
  const api = useApi(mlopsApiRef);
  const data = useMemo(
    () =>
      cursorPages<FleetRow, Awaited<ReturnType<typeof api.getFleet>>>(
        (cursor, query) => {
          const field = String(query.orderBy?.field ?? 'score');
          return api.getFleet({
            ...filters,
            orderBy: (SORTABLE.includes(field)
              ? field
              : 'score') as FleetQuery['orderBy'],
            order: query.orderDirection || 'asc',
            limit: query.pageSize,
            cursor,
          });
        },
      ),
    [api, filters],
  );
  return (
    <Table<FleetRow>
      // The remote data of a Table is read once: a new filter needs a new table
      key={JSON.stringify(filters)}
      title="ML services"
      columns={columns}
      data={data}
      options={{
        pageSize: 20,
        pageSizeOptions: [20],
        search: false,
        paginationType: 'stepped',
        showFirstLastPageButtons: false,
      }}
    />
  );
}

/** Fleet-wide compliance: every ML service, filterable, and the failing services per team. */
export function CompliancePage() {
  const api = useApi(mlopsApiRef);
  const [tab, setTab] = useState(0);
  const [filters, setFilters] = useState<Filters>({});
  const owners = useAsync(() => api.getFleetByOwner(), [api]);
  const checks = useAsync(() => api.getChecks(), [api]);
  const catalogApi = useApi(catalogApiRef);
  const systems = useAsync(
    () =>
      catalogApi.getEntities({
        filter: { kind: 'system' },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.title',
        ],
      }),
    [catalogApi],
  );
  const [exporting, exportCsv] = useAsyncFn(async () => {
    const csv = await api.exportFleet(filters);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    link.download = 'ml-compliance.csv';
    link.click();
    URL.revokeObjectURL(link.href);
  }, [api, filters]);

  const error =
    owners.error ?? checks.error ?? systems.error ?? exporting.error;
  const set = (key: keyof Filters) => (value: unknown) =>
    setFilters(current => ({
      ...current,
      [key]: value === 'all' ? undefined : (value as string),
    }));

  return (
    <Content>
      {error && <ResponseErrorPanel error={error} />}
      <VisibilityNote visibility={owners.value?.visibility} />
      <Tabs
        value={tab}
        onChange={(_, value) => setTab(value)}
        aria-label="Views"
      >
        <Tab label="Services" />
        <Tab label="By team" />
      </Tabs>
      {tab === 0 && (
        <>
          <Box display="flex" alignItems="flex-end" style={{ gap: 16 }} my={2}>
            <Select
              label="Owner"
              selected={filters.owner ?? 'all'}
              items={[
                { label: 'All owners', value: 'all' },
                ...(owners.value?.items ?? []).map(o => ({
                  label: humanizeEntityRef(parseEntityRef(o.owner), {
                    defaultKind: 'group',
                  }),
                  value: o.owner,
                })),
              ]}
              onChange={set('owner')}
            />
            <Select
              label="System"
              selected={filters.system ?? 'all'}
              items={[
                { label: 'All systems', value: 'all' },
                ...(systems.value?.items ?? []).map(system => ({
                  label: system.metadata.title ?? system.metadata.name,
                  value: stringifyEntityRef(system),
                })),
              ]}
              onChange={set('system')}
            />
            <Select
              label="Failing at severity"
              selected={filters.severity ?? 'all'}
              items={[
                { label: 'Any', value: 'all' },
                ...SEVERITIES.map(s => ({
                  label: `${s} or worse`,
                  value: s as Severity,
                })),
              ]}
              onChange={set('severity')}
            />
            <Select
              label="Failing check"
              selected={filters.check ?? 'all'}
              items={[
                { label: 'Any', value: 'all' },
                ...(checks.value?.items ?? []).map(c => ({
                  label: c.title,
                  value: c.id,
                })),
              ]}
              onChange={set('check')}
            />
            <Button
              variant="outlined"
              startIcon={<GetAppIcon />}
              onClick={exportCsv}
              disabled={exporting.loading}
            >
              Export CSV
            </Button>
          </Box>
          <FleetTable filters={filters} />
        </>
      )}
      {tab === 1 && (
        <Table<OwnerSummary>
          title="Failing services per team"
          columns={ownerColumns}
          data={owners.value?.items ?? []}
          isLoading={owners.loading}
          options={{ paging: false, search: false }}
        />
      )}
    </Content>
  );
}
