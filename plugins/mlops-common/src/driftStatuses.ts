import { DriftStatus } from './types';

/**
 * The worst status of several endpoints, for one entity; an unmonitored endpoint is worse than a
 * healthy one, and a service without endpoints is not monitored.
 * @public
 */
export function worstDriftStatus(statuses: DriftStatus[]): DriftStatus {
  const order: DriftStatus[] = [
    'failing',
    'drifting',
    'not_monitored',
    'unknown',
    'ok',
  ];
  return order.find(s => statuses.includes(s)) ?? 'not_monitored';
}
