import {
  CheckDescription,
  OwnerSummary,
  SEVERITIES,
  VERDICTS,
  VERDICT_TEXT,
} from '@aidlc/plugin-mlops-common';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Select } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useCsvExport } from '../../hooks/useCsvExport';
import { FleetFilters } from '../../hooks/useFleetView';

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
    <Box minWidth={180} maxWidth={320}>
      <Select
        label={label}
        selected={selected ?? ALL}
        items={[{ label: anyLabel, value: ALL }, ...options]}
        onChange={value => onChange(value === ALL ? undefined : String(value))}
      />
    </Box>
  );
}

/** The fleet's filters (owner, system, verdict, failing severity, failing check) and the CSV export. */
export function FleetFilterBar({
  filters,
  onChange,
  owners,
  ownerName,
  systems,
  checks,
}: {
  filters: FleetFilters;
  onChange: (filters: FleetFilters) => void;
  owners: OwnerSummary[];
  ownerName: (ref: string) => string;
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
      options: owners.map(o => ({ label: ownerName(o.owner), value: o.owner })),
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
      key: 'verdict',
      label: 'Verdict',
      anyLabel: 'Any',
      options: VERDICTS.map(v => ({ label: VERDICT_TEXT[v].label, value: v })),
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
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="flex-end"
      style={{ gap: 16 }}
      my={2}
    >
      {choices.map(({ key, ...choice }) => (
        <FilterSelect
          key={key}
          {...choice}
          selected={filters[key]}
          onChange={value =>
            onChange({ ...filters, [key]: value } as FleetFilters)
          }
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
