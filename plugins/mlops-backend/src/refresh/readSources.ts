import {
  MlopsSource,
  MlopsTarget,
  ReadOptions,
  SourceReading,
} from '@aidlc/plugin-mlops-node';
import { toError } from '@backstage/errors';

/**
 * Every source reads every target once; the first source with data for an entity wins. A source
 * that throws marks the entities no other source answered for with its error.
 */
export async function readSources(
  sources: MlopsSource[],
  targets: MlopsTarget[],
  options: ReadOptions,
): Promise<Map<string, SourceReading | Error>> {
  const readings = new Map<string, SourceReading | Error>();
  if (targets.length === 0) return readings;
  for (const source of sources) {
    try {
      for (const outcome of await source.read(targets, options)) {
        const previous = readings.get(outcome.entityRef);
        if (previous && !(previous instanceof Error)) continue;
        readings.set(
          outcome.entityRef,
          'error' in outcome ? outcome.error : outcome.reading,
        );
      }
    } catch (error) {
      const failure = new Error(
        `Source ${source.id} failed: ${toError(error).message}`,
      );
      for (const target of targets) {
        if (!readings.has(target.entityRef))
          readings.set(target.entityRef, failure);
      }
    }
  }
  return readings;
}
