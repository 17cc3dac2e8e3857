import { driftStatus, worstDriftStatus } from './driftStatus';

const metric = (values: number[], threshold?: number) => ({
  name: 'feature_baseline_drift_amount',
  threshold,
  points: values.map((v, i) => ({
    t: new Date(i * 3_600_000).toISOString(),
    v,
  })),
});
const schedule = (status: string, lastStatus?: string, violations = 0) => ({
  name: 's',
  type: 'DataQuality',
  status,
  lastExecution: lastStatus
    ? { status: lastStatus, scheduledAt: '2026-11-25T00:00:00Z', violations }
    : undefined,
});

describe('driftStatus', () => {
  it.each([
    ['no monitoring at all', [], [], 'unknown'],
    ['metrics under their threshold', [], [metric([0.3, 0.1], 0.2)], 'ok'],
    [
      'the latest point over its threshold',
      [],
      [metric([0.1, 0.25], 0.2)],
      'drifting',
    ],
    ['a metric without threshold', [], [metric([0.9])], 'ok'],
    [
      'violations in the last execution',
      [schedule('Scheduled', 'CompletedWithViolations', 3)],
      [],
      'drifting',
    ],
    [
      'a failed execution',
      [schedule('Scheduled', 'Failed')],
      [metric([0.5], 0.2)],
      'failing',
    ],
    ['a failed schedule', [schedule('Failed')], [], 'failing'],
  ])('%s', (_, schedules, metrics, expected) => {
    expect(driftStatus({ name: 'e', schedules, metrics })).toBe(expected);
  });

  it('takes the worst endpoint, an unmonitored one counting worse than a healthy one', () => {
    expect(worstDriftStatus(['ok', 'drifting'])).toBe('drifting');
    expect(worstDriftStatus(['ok', 'unknown'])).toBe('unknown');
    expect(worstDriftStatus(['failing', 'drifting'])).toBe('failing');
    expect(worstDriftStatus([])).toBe('unknown');
  });
});
