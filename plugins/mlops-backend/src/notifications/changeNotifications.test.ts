import { ModelVersion } from '@aidlc/plugin-mlops-common';
import { changeNotifications, EntityState } from './changeNotifications';

const version = (
  approvalStatus: ModelVersion['approvalStatus'],
  extra: Partial<ModelVersion> = {},
): ModelVersion => ({
  version: 13,
  arn: 'arn:v13',
  approvalStatus,
  createdAt: '2026-11-21T09:12:44Z',
  metrics: {},
  ...extra,
});

const state = (overrides: Partial<EntityState> = {}): EntityState => ({
  entityRef: 'component:default/fraud-scoring-api',
  title: 'Fraud Scoring API',
  owner: 'group:default/fraud-ml',
  approvers: ['group:default/fraud-ml-leads'],
  score: 90,
  models: [{ name: 'fraud-scoring-xgb', arn: 'arn:g', versions: [] }],
  checks: [],
  endpoints: [{ name: 'fraud-scoring-prod', status: 'ok' }],
  ...overrides,
});

const titles = (previous: EntityState | undefined, next: EntityState) =>
  changeNotifications(previous, next, { scoreDrop: 10 }).map(
    n => n.payload.title,
  );

describe('changeNotifications', () => {
  it('tells when an endpoint starts drifting, and when it stops, in one scope', () => {
    const drifting = state({
      endpoints: [{ name: 'fraud-scoring-prod', status: 'drifting' }],
    });
    const [start] = changeNotifications(state(), drifting, { scoreDrop: 10 });
    expect(start.payload).toMatchObject({
      title: 'fraud-scoring-prod of Fraud Scoring API is drifting',
      severity: 'high',
      scope:
        'mlops:component:default/fraud-scoring-api:drift:fraud-scoring-prod',
    });
    const [stop] = changeNotifications(drifting, state(), { scoreDrop: 10 });
    expect(stop.payload.title).toBe(
      'fraud-scoring-prod of Fraud Scoring API no longer drifts',
    );
    expect(stop.payload.scope).toBe(start.payload.scope);
    expect(titles(drifting, drifting)).toEqual([]);
  });

  it('tells of a drop of the score by at least the configured points, not of less', () => {
    expect(titles(state({ score: 90 }), state({ score: 80 }))).toEqual([
      'The compliance score of Fraud Scoring API fell from 90 to 80',
    ]);
    expect(titles(state({ score: 90 }), state({ score: 81 }))).toEqual([]);
  });

  it("asks the entity's approvers about a pending version, and tells the owners the decision", () => {
    const pending = state({
      models: [
        {
          name: 'fraud-scoring-xgb',
          arn: 'arn:g',
          versions: [version('PendingManualApproval')],
        },
      ],
    });
    const [ask] = changeNotifications(state(), pending, { scoreDrop: 10 });
    expect(ask.payload.title).toBe('fraud-scoring-xgb v13 awaits approval');
    expect(ask.recipients).toEqual({
      type: 'entity',
      entityRef: ['group:default/fraud-ml-leads'],
    });
    const approved = state({
      models: [
        {
          name: 'fraud-scoring-xgb',
          arn: 'arn:g',
          versions: [
            version('Approved', {
              decision: {
                status: 'Approved',
                by: 'user:default/amara.okafor',
                comment: 'AUC above the gate',
              },
            }),
          ],
        },
      ],
    });
    const [told] = changeNotifications(pending, approved, { scoreDrop: 10 });
    expect(told.payload).toMatchObject({
      title: 'fraud-scoring-xgb v13 was approved by amara.okafor',
      description: 'AUC above the gate',
      scope: ask.payload.scope, // the question is answered in place
    });
  });

  it('counts only critical and high checks that start failing', () => {
    const check = (id: string, severity: 'critical' | 'high' | 'medium') => ({
      id,
      title: id,
      principle: 'encryption' as const,
      severity,
      status: 'fail' as const,
      remediation: '',
      controls: {},
    });
    const before = state({ checks: [check('a', 'critical')] });
    const after = state({
      checks: [
        check('a', 'critical'),
        check('b', 'high'),
        check('c', 'medium'),
      ],
    });
    expect(titles(before, after)).toEqual([
      'Fraud Scoring API fails 1 high check',
    ]);
    // First seen: what already fails is news to the team, once
    expect(titles(undefined, after)).toEqual([
      'Fraud Scoring API fails 2 critical or high checks',
    ]);
  });
});
