import { describeSeries, driftStatus, groupDriftStatus } from './driftStatus';
import { worstDriftStatus } from '@aidlc/plugin-mlops-common';

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
    ['no monitoring at all', [], [], 'not_monitored'],
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
    expect(worstDriftStatus(['ok', 'not_monitored'])).toBe('not_monitored');
    expect(worstDriftStatus(['failing', 'drifting'])).toBe('failing');
    expect(worstDriftStatus([])).toBe('not_monitored'); // a service without endpoints
  });
});

describe('groupDriftStatus', () => {
  const group = (servedOn: string[]) => ({
    name: 'search-query-intent',
    arn: 'arn:group',
    versions: [
      {
        version: 3,
        arn: 'arn:v3',
        approvalStatus: 'Approved' as const,
        createdAt: '2026-11-01T00:00:00Z',
        metrics: {},
        deployments: servedOn.map(endpoint => ({
          endpoint,
          variant: 'AllTraffic',
          trafficShare: 1,
          instanceCount: 1,
        })),
      },
    ],
  });
  const endpoints = [
    {
      name: 'search-ranker-prod',
      status: 'drifting' as const,
      schedules: [],
      metrics: [],
    },
    {
      name: 'search-intent-prod',
      status: 'ok' as const,
      schedules: [],
      metrics: [],
    },
  ];

  it('is the status of the endpoints that serve the group, not of the whole service', () => {
    expect(
      groupDriftStatus(group(['search-intent-prod']), endpoints, 'drifting'),
    ).toBe('ok');
    expect(
      groupDriftStatus(
        group(['search-intent-prod', 'search-ranker-prod']),
        endpoints,
        'drifting',
      ),
    ).toBe('drifting');
  });

  it("takes the service's status for a group that serves nowhere", () => {
    expect(groupDriftStatus(group([]), endpoints, 'drifting')).toBe('drifting');
  });
});

describe('describeSeries', () => {
  const point = (day: number, v: number) => ({
    t: `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`,
    v,
  });

  it('names the feature and says since when the series stays above its threshold', () => {
    expect(
      describeSeries({
        name: 'feature_baseline_drift_merchant_category',
        threshold: 0.2,
        points: [
          point(20, 0.25),
          point(21, 0.1),
          point(22, 0.21),
          point(23, 0.3),
        ],
      }),
    ).toMatchObject({
      feature: 'merchant_category',
      aboveThresholdSince: '2026-11-22T00:00:00.000Z',
    });
  });

  it('says nothing of the kind for a series below its threshold, or without one', () => {
    const below = describeSeries({
      name: 'model_quality_auc',
      threshold: 0.2,
      points: [point(20, 0.3), point(21, 0.1)],
    });
    expect(below).not.toHaveProperty('aboveThresholdSince');
    expect(below).not.toHaveProperty('feature');
    expect(
      describeSeries({ name: 'x', points: [point(20, 9)] }),
    ).not.toHaveProperty('aboveThresholdSince');
  });
});
