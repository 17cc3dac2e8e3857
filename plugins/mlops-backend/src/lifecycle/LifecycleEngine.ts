import {
  LIFECYCLE_STAGES,
  LifecycleSignalResult,
  STAGE_TEXT,
  StageLifecycle,
  stageStatusOf,
} from '@aidlc/plugin-mlops-common';
import {
  Evidence,
  LifecycleSignal,
  SignalContext,
} from '@aidlc/plugin-mlops-node';

/** Tells where an entity stands in the six AIDLC stages from its signals. Pure: no I/O. */
export class LifecycleEngine {
  constructor(private readonly signals: LifecycleSignal[]) {
    const seen = new Set<string>();
    for (const signal of signals) {
      if (seen.has(signal.id))
        throw new Error(`Duplicate lifecycle signal id "${signal.id}"`);
      if (!LIFECYCLE_STAGES.includes(signal.stage))
        throw new Error(
          `Lifecycle signal "${signal.id}" names unknown stage "${signal.stage}"`,
        );
      seen.add(signal.id);
    }
  }

  /** The six stages in order, each with its signals' outcomes. */
  evaluate(evidence: Evidence, context: SignalContext): StageLifecycle[] {
    const results = this.signals.map((signal): LifecycleSignalResult => {
      const { evaluate, ...described } = signal;
      try {
        return { ...described, ...evaluate(evidence, context) };
      } catch (error) {
        // A signal added by a module may throw; it must not hide the others.
        return {
          ...described,
          status: 'unknown',
          message: `Signal failed: ${error}`,
        };
      }
    });
    return LIFECYCLE_STAGES.map(stage => {
      const signals = results.filter(s => s.stage === stage);
      return {
        stage,
        title: STAGE_TEXT[stage].label,
        status: stageStatusOf(signals),
        signals,
      };
    });
  }
}
