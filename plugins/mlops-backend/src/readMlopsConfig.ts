import {
  LoggerService,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

/** Which pipelines may post evidence for which entities (see the README, "CI evidence"). */
export interface EvidenceIdentities {
  /** `subjectPrefix` of the `jwks` external access entry that accepts GitHub Actions OIDC tokens */
  githubActionsSubjectPrefix: string;
  /** Static token subjects and the entity refs each may post for */
  subjects: Map<string, Set<string>>;
}

/** The mlops backend's settings, read once, with their defaults. */
export interface MlopsConfig {
  demoFile?: string;
  driftLookbackDays: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** How long a refresh may run (the schedule's timeout): manual refreshes are cut off after it too */
  refreshTimeoutMs: number;
  refreshConcurrency: number;
  manualRefreshIntervalMs: number;
  historyRetentionMs: number;
  evidenceRetentionMs: number;
  fleetCacheTtlMs: number;
  /** How long a caller's permission decision is reused */
  decisionTtlMs: number;
  databaseTimeoutMs: number;
  evidence: EvidenceIdentities;
}

const DAY_MS = 86_400_000;

/**
 * A duration setting; `legacyKey` is the number it replaced (days or seconds), still read with a
 * deprecation warning.
 */
function duration(
  config: Config,
  logger: LoggerService,
  key: string,
  fallback: HumanDuration,
  legacy?: { key: string; unitMs: number },
  minimumMs = 1,
): number {
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
    return config.getNumber(legacy.key) * legacy.unitMs;
  }
  return durationToMilliseconds(fallback);
}

function readEvidenceIdentities(config: Config): EvidenceIdentities {
  const subjects = new Map<string, Set<string>>();
  for (const entry of config.getOptionalConfigArray(
    'mlops.evidence.subjects',
  ) ?? []) {
    const refs = entry
      .getStringArray('entities')
      .map(r => r.toLocaleLowerCase('en-US'));
    subjects.set(entry.getString('subject'), new Set(refs));
  }
  return {
    githubActionsSubjectPrefix:
      config.getOptionalString('mlops.evidence.githubActions.subjectPrefix') ??
      'github-actions',
    subjects,
  };
}

/** Reads `mlops.*`. @throws InputError naming a bad key */
export function readMlopsConfig(
  config: Config,
  logger: LoggerService,
): MlopsConfig {
  const concurrency =
    config.getOptionalNumber('mlops.refresh.concurrency') ?? 8;
  if (!(concurrency >= 1)) {
    throw new InputError('mlops.refresh.concurrency must be at least 1');
  }
  const schedule = config.has('mlops.schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig('mlops.schedule'),
      )
    : {
        frequency: { minutes: 30 },
        timeout: { minutes: 10 },
        initialDelay: { seconds: 15 },
      };
  return {
    demoFile: config.getOptionalString('mlops.demo.file'),
    driftLookbackDays:
      config.getOptionalNumber('mlops.drift.lookbackDays') ?? 14,
    schedule,
    refreshTimeoutMs:
      'toMillis' in schedule.timeout
        ? schedule.timeout.toMillis()
        : durationToMilliseconds(schedule.timeout),
    refreshConcurrency: concurrency,
    // Zero turns the rate limit off.
    manualRefreshIntervalMs: duration(
      config,
      logger,
      'mlops.refresh.manualInterval',
      { seconds: 60 },
      undefined,
      0,
    ),
    historyRetentionMs: duration(
      config,
      logger,
      'mlops.history.retention',
      { days: 90 },
      { key: 'mlops.history.retentionDays', unitMs: DAY_MS },
    ),
    evidenceRetentionMs: duration(config, logger, 'mlops.evidence.retention', {
      days: 365,
    }),
    fleetCacheTtlMs: duration(
      config,
      logger,
      'mlops.cache.fleetTtl',
      { seconds: 30 },
      { key: 'mlops.cache.fleetSeconds', unitMs: 1000 },
    ),
    decisionTtlMs: duration(
      config,
      logger,
      'mlops.cache.decisionTtl',
      { seconds: 5 },
      undefined,
      0,
    ),
    databaseTimeoutMs: duration(config, logger, 'mlops.database.timeout', {
      seconds: 5,
    }),
    evidence: readEvidenceIdentities(config),
  };
}
