import {
  FleetQuery,
  LIFECYCLE_STAGES,
  LifecycleQuery,
  SIGNAL_STATUSES,
  SEVERITIES,
  Severity,
  Verdict,
  VERDICTS,
} from '@aidlc/plugin-mlops-common';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/** The fleet page's tabs, as the URL names them. */
export const FLEET_TABS = ['services', 'lifecycle', 'teams'] as const;

/** The filters of the fleet table. */
export interface FleetFilters {
  owner?: string;
  system?: string;
  verdict?: Verdict;
  severity?: Severity;
  check?: string;
}

/** Which stage status the lifecycle table keeps (with the owner and system of the fleet's filters). */
export interface StageFilter {
  stage?: LifecycleQuery['stage'];
  stageStatus?: LifecycleQuery['stageStatus'];
}

/** What the fleet page shows: its tab, filters and order, kept in the URL to share and go back to. */
export interface FleetView {
  tab: (typeof FLEET_TABS)[number];
  filters: FleetFilters;
  stageFilter: StageFilter;
  orderBy?: NonNullable<FleetQuery['orderBy']>;
  order?: 'asc' | 'desc';
}

/** The orders of the fleet table, as the API names them. */
export const FLEET_ORDERS: NonNullable<FleetQuery['orderBy']>[] = [
  'verdict',
  'score',
  'entityRef',
  'owner',
  'title',
];

function oneOf<T extends string>(
  allowed: readonly T[],
  value: string | null,
): T | undefined {
  return allowed.find(a => a === value);
}

/** Free text of the URL, bounded like the API bounds it; anything else is no filter. */
function text(value: string | null): string | undefined {
  return value && value.length <= 255 ? value : undefined;
}

/** Reads the view from the URL (ignoring what is not valid) and writes changes back to it. */
export function useFleetView(): [FleetView, (next: FleetView) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo<FleetView>(
    () => ({
      tab: oneOf(FLEET_TABS, params.get('tab')) ?? 'services',
      filters: {
        owner: text(params.get('owner')),
        system: text(params.get('system')),
        verdict: oneOf(VERDICTS, params.get('verdict')),
        severity: oneOf(SEVERITIES, params.get('severity')),
        check: text(params.get('check')),
      },
      stageFilter: {
        stage: oneOf(LIFECYCLE_STAGES, params.get('stage')),
        stageStatus: oneOf(SIGNAL_STATUSES, params.get('stageStatus')),
      },
      orderBy: oneOf(FLEET_ORDERS, params.get('orderBy')),
      order: oneOf(['asc', 'desc'] as const, params.get('order')),
    }),
    [params],
  );
  const setView = useCallback(
    (next: FleetView) => {
      const entries = Object.entries({
        tab: next.tab === 'services' ? undefined : next.tab,
        ...next.filters,
        ...next.stageFilter,
        orderBy: next.orderBy,
        order: next.order,
      }).filter((entry): entry is [string, string] => Boolean(entry[1]));
      setParams(new URLSearchParams(entries));
    },
    [setParams],
  );
  return [view, setView];
}
