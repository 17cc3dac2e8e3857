import { LIFECYCLE_STAGES } from '@aidlc/plugin-mlops-common';
import { LifecycleSignal } from '@aidlc/plugin-mlops-node';
import { LifecycleEngine } from './LifecycleEngine';
import { builtInSignals } from './signals';
import { matureContext, matureEvidence } from './__testUtils__/matureService';

function stagesOf(signals: LifecycleSignal[], change = (_e: any) => {}) {
  const evidence = matureEvidence();
  change(evidence);
  return new LifecycleEngine(signals).evaluate(
    evidence,
    matureContext(evidence),
  );
}

describe('LifecycleEngine', () => {
  it('puts the mature service in place on all six stages, in order', () => {
    const stages = stagesOf(builtInSignals);
    expect(stages.map(s => [s.stage, s.status])).toEqual(
      LIFECYCLE_STAGES.map(stage => [stage, 'in_place']),
    );
    expect(stages[0].title).toBe('Data collection');
  });

  it('shows what holds a stage back: a service stuck before monitoring', () => {
    const stages = stagesOf(builtInSignals, e => {
      e.pipelines[0].triggers = [];
    });
    const monitoring = stages.find(s => s.stage === 'monitoring')!;
    expect(monitoring.status).toBe('partial');
    expect(monitoring.signals.filter(s => s.status !== 'in_place')).toEqual([
      expect.objectContaining({
        id: 'retraining-trigger',
        status: 'missing',
        howTo: expect.stringMatching(/EventBridge rule/),
      }),
    ]);
  });

  it("takes a module's signal into its stage, and a signal that throws becomes unknown", () => {
    const broken: LifecycleSignal = {
      id: 'feature-store',
      stage: 'preparation',
      title: 'Features come from the feature store',
      howTo: 'Register the features in SageMaker Feature Store.',
      evaluate: () => {
        throw new Error('boom');
      },
    };
    const preparation = stagesOf([...builtInSignals, broken]).find(
      s => s.stage === 'preparation',
    )!;
    expect(preparation.status).toBe('unknown');
    expect(preparation.signals.map(s => [s.id, s.status])).toEqual([
      ['preprocessing-pipeline', 'in_place'],
      ['preprocessing-inputs-versioned', 'in_place'],
      ['feature-store', 'unknown'],
    ]);
    expect(preparation.signals[2].message).toMatch(/boom/);
  });

  it('refuses duplicate ids and unknown stages', () => {
    expect(
      () => new LifecycleEngine([builtInSignals[0], builtInSignals[0]]),
    ).toThrow(/Duplicate lifecycle signal id "training-data-secured"/);
    expect(
      () =>
        new LifecycleEngine([
          { ...builtInSignals[0], stage: 'shipping' as any },
        ]),
    ).toThrow(/unknown stage "shipping"/);
  });
});
