import { DriftMethod } from './types';

/** What each drift measure is called in the portal. @public */
export const DRIFT_METHOD_LABELS: Record<DriftMethod, string> = {
  psi: 'PSI',
  ks: 'Kolmogorov-Smirnov',
  js: 'Jensen-Shannon',
  model_monitor: 'Model Monitor distance',
};

/** The measure a drift job names (`PSI`, `ks`, ...), or undefined for one the portal does not know. @public */
export function parseDriftMethod(
  name: string | undefined,
): DriftMethod | undefined {
  const method = name?.toLowerCase();
  return method && method in DRIFT_METHOD_LABELS
    ? (method as DriftMethod)
    : undefined;
}
