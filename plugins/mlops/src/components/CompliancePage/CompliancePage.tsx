import { Content, ResponseErrorPanel } from '@backstage/core-components';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { useState } from 'react';
import { useFleetFilterOptions } from '../../hooks/useFleetFilterOptions';
import { VisibilityNote } from '../VisibilityNote/VisibilityNote';
import { FleetFilterBar } from './FleetFilterBar';
import { FleetFilters, FleetTable } from './FleetTable';
import { OwnerTable } from './OwnerTable';

/** Fleet-wide compliance: every ML service, filterable, and the failing services per team. */
export function CompliancePage() {
  const [tab, setTab] = useState(0);
  const [filters, setFilters] = useState<FleetFilters>({});
  const { owners, checks, systems, error } = useFleetFilterOptions();
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
          <FleetFilterBar
            filters={filters}
            onChange={setFilters}
            owners={owners.value?.items ?? []}
            systems={systems}
            checks={checks}
          />
          <FleetTable filters={filters} />
        </>
      )}
      {tab === 1 && (
        <OwnerTable
          owners={owners.value?.items ?? []}
          loading={owners.loading}
        />
      )}
    </Content>
  );
}
