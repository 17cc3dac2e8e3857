import {
  CheckDescription,
  OwnerSummary,
  SEVERITIES,
} from '@aidlc/plugin-mlops-common';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Select } from '@backstage/core-components';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useCsvExport } from '../../hooks/useCsvExport';
import { FleetFilters } from './FleetTable';

/** The value of a select that filters nothing. */
const ALL = 'all';

/** A filter of the fleet: one choice of `options`, or none. */
function FilterSelect({
  label,
  anyLabel,
  options,
  selected,
  onChange,
}: {
  label: string;
  anyLabel: string;
  options: { label: string; value: string }[];
  selected?: string;
  onChange: (value?: string) => void;
}) {
  return (
    <Select
      label={label}
      selected={selected ?? ALL}
      items={[{ label: anyLabel, value: ALL }, ...options]}
      onChange={value => onChange(value === ALL ? undefined : String(value))}
    />
  );
}

/** The fleet's filters (owner, system, failing severity, failing check) and the CSV export. */
export function FleetFilterBar({
  filters,
  onChange,
  owners,
  systems,
  checks,
}: {
  filters: FleetFilters;
  onChange: (filters: FleetFilters) => void;
  owners: OwnerSummary[];
  systems: Entity[];
  checks: CheckDescription[];
}) {
  const [exporting, exportCsv] = useCsvExport(filters);
  const choices: {
    key: keyof FleetFilters;
    label: string;
    anyLabel: string;
    options: { label: string; value: string }[];
  }[] = [
    {
      key: 'owner',
      label: 'Owner',
      anyLabel: 'All owners',
      options: owners.map(o => ({
        label: humanizeEntityRef(parseEntityRef(o.owner), {
          defaultKind: 'group',
        }),
        value: o.owner,
      })),
    },
    {
      key: 'system',
      label: 'System',
      anyLabel: 'All systems',
      options: systems.map(system => ({
        label: system.metadata.title ?? system.metadata.name,
        value: stringifyEntityRef(system),
      })),
    },
    {
      key: 'severity',
      label: 'Failing at severity',
      anyLabel: 'Any',
      options: SEVERITIES.map(s => ({ label: `${s} or worse`, value: s })),
    },
    {
      key: 'check',
      label: 'Failing check',
      anyLabel: 'Any',
      options: checks.map(c => ({ label: c.title, value: c.id })),
    },
  ];
  return (
    <Box display="flex" alignItems="flex-end" style={{ gap: 16 }} my={2}>
      {choices.map(({ key, ...choice }) => (
        <FilterSelect
          key={key}
          {...choice}
          selected={filters[key]}
          onChange={value => onChange({ ...filters, [key]: value })}
        />
      ))}
      <Button
        variant="outlined"
        startIcon={<GetAppIcon />}
        onClick={exportCsv}
        disabled={exporting.loading}
      >
        Export CSV
      </Button>
      {exporting.error && (
        <span role="alert">Export failed: {exporting.error.message}</span>
      )}
    </Box>
  );
}
