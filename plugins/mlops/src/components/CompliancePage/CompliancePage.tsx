import { Content, ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { useMemo } from 'react';
import { useFleetOverview } from '../../hooks/useFleetOverview';
import { FLEET_TABS, useFleetView } from '../../hooks/useFleetView';
import { VisibilityNote } from '../VisibilityNote/VisibilityNote';
import { FleetFilterBar } from './FleetFilterBar';
import { FleetSummaryCards } from './FleetSummaryCards';
import { FleetTable } from './FleetTable';
import { LifecycleFilterBar } from './LifecycleFilterBar';
import { LifecycleTable } from './LifecycleTable';
import { OwnerTable } from './OwnerTable';

/**
 * Fleet-wide compliance: the summary, every ML service (blocked first), filterable, where each
 * stands in the AIDLC stages, and the teams.
 * Tab, filters and order live in the URL.
 */
export function CompliancePage() {
  const [view, setView] = useFleetView();
  const overview = useFleetOverview();
  const owners = overview.owners.value?.items ?? [];
  const lifecycleFilters = useMemo(
    () => ({
      owner: view.filters.owner,
      system: view.filters.system,
      // The API filters on a stage with its status, or on neither
      ...(view.stageFilter.stage && {
        stage: view.stageFilter.stage,
        stageStatus: view.stageFilter.stageStatus ?? 'missing',
      }),
    }),
    [view.filters.owner, view.filters.system, view.stageFilter],
  );
  return (
    <Content>
      {overview.error && <ResponseErrorPanel error={overview.error} />}
      <VisibilityNote visibility={overview.summary.value?.visibility} />
      {overview.summary.value && (
        <Box mb={2}>
          <FleetSummaryCards
            summary={overview.summary.value}
            owners={owners}
            checks={overview.checks}
            ownerName={overview.ownerName}
            onFilter={filters =>
              setView({
                ...view,
                tab: 'services',
                filters,
                stageFilter: {},
              })
            }
          />
        </Box>
      )}
      <Tabs
        value={FLEET_TABS.indexOf(view.tab)}
        onChange={(_, value) => setView({ ...view, tab: FLEET_TABS[value] })}
        aria-label="Views"
      >
        <Tab label="Services" />
        <Tab label="Life cycle" />
        <Tab label="By team" />
      </Tabs>
      {view.tab === 'services' && (
        <>
          <FleetFilterBar
            filters={view.filters}
            onChange={filters => setView({ ...view, filters })}
            owners={owners}
            ownerName={overview.ownerName}
            systems={overview.systems}
            checks={overview.checks}
          />
          <FleetTable
            view={view}
            onOrderChange={(orderBy, order) =>
              setView({ ...view, orderBy, order })
            }
          />
        </>
      )}
      {view.tab === 'lifecycle' && (
        <>
          <LifecycleFilterBar
            filters={lifecycleFilters}
            onChange={({ owner, system, stage, stageStatus }) =>
              setView({
                ...view,
                filters: { ...view.filters, owner, system },
                stageFilter: { stage, stageStatus },
              })
            }
            owners={owners}
            ownerName={overview.ownerName}
            systems={overview.systems}
          />
          <LifecycleTable filters={lifecycleFilters} />
        </>
      )}
      {view.tab === 'teams' && (
        <OwnerTable
          owners={owners}
          ownerName={overview.ownerName}
          loading={overview.ownersLoading}
        />
      )}
    </Content>
  );
}
