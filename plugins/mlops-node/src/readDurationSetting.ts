import { LoggerService } from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

/** How one duration setting is read. @public */
export interface DurationSettingOptions {
  fallback: HumanDuration;
  /** The plain number (of days, minutes, ...) the setting replaced, read with a deprecation warning */
  legacy?: { key: string; unitMs: number };
  /** Smallest value allowed (default 1 ms; 0 where zero turns something off) */
  minimumMs?: number;
}

/**
 * A reader of the duration settings of the mlops plugins, in milliseconds: `{ days: 14 }` or `'14d'`
 * in config, `fallback` when absent; the plain number a setting replaced is still read, with a
 * deprecation warning to `logger`.
 * @public
 */
export function readDurationSetting(config: Config, logger: LoggerService) {
  return (key: string, options: DurationSettingOptions): number => {
    const { fallback, legacy, minimumMs = 1 } = options;
    if (config.has(key)) {
      const ms = durationToMilliseconds(
        readDurationFromConfig(config, { key }),
      );
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
  };
}
