import { LoggerService } from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

/**
 * A duration setting of the mlops plugins, in milliseconds: `{ days: 14 }` or `'14d'` in config,
 * `fallback` when absent. `legacy` names the plain number (of days, minutes, ...) the setting
 * replaced: it is still read, with a deprecation warning.
 * @public
 */
export function readDurationSetting(
  config: Config,
  key: string,
  options: {
    fallback: HumanDuration;
    logger: LoggerService;
    legacy?: { key: string; unitMs: number };
    /** Smallest value allowed (default 1 ms; 0 where zero turns something off) */
    minimumMs?: number;
  },
): number {
  const { fallback, logger, legacy, minimumMs = 1 } = options;
  if (config.has(key)) {
    const ms = durationToMilliseconds(readDurationFromConfig(config, { key }));
    if (!(ms >= minimumMs)) {
      throw new InputError(
        `${key} must be a duration of at least ${minimumMs} ms`,
      );
    }
    return ms;
  }
  if (legacy && config.has(legacy.key)) {
    logger.warn(
      `${legacy.key} is deprecated: use ${key} (a duration, e.g. { days: 90 })`,
    );
    const ms = config.getNumber(legacy.key) * legacy.unitMs;
    if (!(ms >= minimumMs)) {
      throw new InputError(`${legacy.key} must be at least ${minimumMs} ms`);
    }
    return ms;
  }
  return durationToMilliseconds(fallback);
}
