import {
  CheckDescription,
  OwnerSummary,
  SEVERITIES,
  VERDICTS,
  VERDICT_TEXT,
} from '@aidlc/plugin-mlops-common';
import { Entity } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import { useApi } from '@backstage/core-plugin-api';
import { useCallback } from 'react';
import { mlopsApiRef } from '../../api';
import { useCsvExport } from '../../hooks/useCsvExport';
import { FleetFilters } from '../../hooks/useFleetView';
import {
  ExportButton,
  FilterSelect,
  ownerOptions,
  systemOptions,
} from './FilterSelect';

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
  const api = useApi(mlopsApiRef);
  const read = useCallback(() => api.exportFleet(filters), [api, filters]);
  const [exporting, exportCsv] = useCsvExport(read, 'ml-compliance.csv');
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
      options: ownerOptions(owners, ownerName),
    },
    {
      key: 'system',
      label: 'System',
      anyLabel: 'All systems',
      options: systemOptions(systems),
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
      <ExportButton exporting={exporting} onExport={exportCsv} />
    </Box>
  );
}
