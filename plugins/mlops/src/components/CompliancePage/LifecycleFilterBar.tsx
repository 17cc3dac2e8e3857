import {
  LIFECYCLE_STAGES,
  LifecycleExportQuery,
  OwnerSummary,
  SIGNAL_STATUSES,
  SIGNAL_STATUS_TEXT,
  STAGE_TEXT,
} from '@aidlc/plugin-mlops-common';
import { Entity } from '@backstage/catalog-model';
import { Select } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import { useCallback } from 'react';
import { mlopsApiRef } from '../../api';
import { useCsvExport } from '../../hooks/useCsvExport';
import {
  ExportButton,
  FilterSelect,
  ownerOptions,
  systemOptions,
} from './FilterSelect';

type Filters = Pick<
  LifecycleExportQuery,
  'owner' | 'system' | 'stage' | 'stageStatus'
>;

/**
 * The lifecycle tab's filters: team and system (shared with the services tab), a stage with the
 * status it must have, and the CSV export. A stage is asked for with its status, as the API wants.
 */
export function LifecycleFilterBar({
  filters,
  onChange,
  owners,
  ownerName,
  systems,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  owners: OwnerSummary[];
  ownerName: (ref: string) => string;
  systems: Entity[];
}) {
  const api = useApi(mlopsApiRef);
  // The page hands a stage with its status, or neither
  const read = useCallback(
    () => api.exportFleetLifecycle(filters),
    [api, filters],
  );
  const [exporting, exportCsv] = useCsvExport(read, 'ml-lifecycle.csv');
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="flex-end"
      style={{ gap: 16 }}
      my={2}
    >
      <FilterSelect
        label="Owner"
        anyLabel="All owners"
        options={ownerOptions(owners, ownerName)}
        selected={filters.owner}
        onChange={owner => onChange({ ...filters, owner })}
      />
      <FilterSelect
        label="System"
        anyLabel="All systems"
        options={systemOptions(systems)}
        selected={filters.system}
        onChange={system => onChange({ ...filters, system })}
      />
      <FilterSelect
        label="Stage"
        anyLabel="Any stage"
        options={LIFECYCLE_STAGES.map(s => ({
          label: STAGE_TEXT[s].label,
          value: s,
        }))}
        selected={filters.stage}
        onChange={stage =>
          onChange({
            ...filters,
            stage: stage as Filters['stage'],
            stageStatus: stage ? filters.stageStatus ?? 'missing' : undefined,
          })
        }
      />
      {filters.stage && (
        <Box minWidth={180}>
          <Select
            label="Status"
            selected={filters.stageStatus}
            items={SIGNAL_STATUSES.map(s => ({
              label: SIGNAL_STATUS_TEXT[s],
              value: s,
            }))}
            onChange={status =>
              onChange({
                ...filters,
                stageStatus: status as Filters['stageStatus'],
              })
            }
          />
        </Box>
      )}
      <ExportButton exporting={exporting} onExport={exportCsv} />
    </Box>
  );
}
