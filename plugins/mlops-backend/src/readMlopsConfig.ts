import {
  LoggerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import {
  readDurationSetting,
  readScheduleSetting,
} from '@aidlc/plugin-mlops-node';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { SEVERITIES, Severity } from '@aidlc/plugin-mlops-common';
import { ImageScanPolicy } from './checks/imageScanClean';

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
  /** How far back drift series go */
  driftLookbackMs: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** How long a refresh may run (the schedule's timeout): manual refreshes are cut off after it too */
  refreshTimeoutMs: number;
  refreshConcurrency: number;
  /** Entities read from the sources together */
  refreshBatchSize: number;
  manualRefreshIntervalMs: number;
  historyRetentionMs: number;
  evidenceRetentionMs: number;
  fleetCacheTtlMs: number;
  /** How long a caller's permission decision is reused */
  decisionTtlMs: number;
  databaseTimeoutMs: number;
  evidence: EvidenceIdentities;
  /** Refuse approvals while the entity fails a critical check */
  approvalBlockOnCritical: boolean;
  /** Whether owners are told of changes, and how far a score must drop to be told */
  notifications: { enabled: boolean; scoreDrop: number };
  /** What the registry's scan of a serving image may find, and how old it may be */
  imageScan: ImageScanPolicy;
}

const DAY_MS = 86_400_000;

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

function readSeverity(config: Config, key: string, fallback: Severity) {
  const value = config.getOptionalString(key) ?? fallback;
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    throw new InputError(`${key} must be one of ${SEVERITIES.join(', ')}`);
  }
  return value as Severity;
}

/** Reads `mlops.*`. @throws InputError naming a bad key */
export function readMlopsConfig(
  config: Config,
  logger: LoggerService,
): MlopsConfig {
  const duration = readDurationSetting(config, logger);
  const concurrency =
    config.getOptionalNumber('mlops.refresh.concurrency') ?? 8;
  if (!(concurrency >= 1)) {
    throw new InputError('mlops.refresh.concurrency must be at least 1');
  }
  const batchSize = config.getOptionalNumber('mlops.refresh.batchSize') ?? 250;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new InputError(
      'mlops.refresh.batchSize must be a whole number, at least 1',
    );
  }
  const schedule = readScheduleSetting(config, 'mlops.schedule', {
    frequency: { minutes: 30 },
    timeout: { minutes: 10 },
    initialDelay: { seconds: 15 },
  });
  return {
    // `enabled: false` is how a later layer (production) turns off the local default's demo
    demoFile:
      config.getOptionalBoolean('mlops.demo.enabled') === false
        ? undefined
        : config.getOptionalString('mlops.demo.file'),
    driftLookbackMs: duration('mlops.drift.lookback', {
      fallback: { days: 14 },
      legacy: { key: 'mlops.drift.lookbackDays', unitMs: DAY_MS },
    }),
    schedule,
    refreshTimeoutMs:
      'toMillis' in schedule.timeout
        ? schedule.timeout.toMillis()
        : durationToMilliseconds(schedule.timeout),
    refreshConcurrency: concurrency,
    refreshBatchSize: batchSize,
    // Zero turns the rate limit off.
    manualRefreshIntervalMs: duration('mlops.refresh.manualInterval', {
      fallback: { seconds: 60 },
      minimumMs: 0,
    }),
    historyRetentionMs: duration('mlops.history.retention', {
      fallback: { days: 90 },
      legacy: { key: 'mlops.history.retentionDays', unitMs: DAY_MS },
    }),
    evidenceRetentionMs: duration('mlops.evidence.retention', {
      fallback: { days: 365 },
    }),
    fleetCacheTtlMs: duration('mlops.cache.fleetTtl', {
      fallback: { seconds: 30 },
      legacy: { key: 'mlops.cache.fleetSeconds', unitMs: 1000 },
    }),
    decisionTtlMs: duration('mlops.cache.decisionTtl', {
      fallback: { seconds: 5 },
      minimumMs: 0,
    }),
    databaseTimeoutMs: duration('mlops.database.timeout', {
      fallback: { seconds: 5 },
    }),
    evidence: readEvidenceIdentities(config),
    imageScan: {
      failOn: readSeverity(config, 'mlops.checks.imageScan.failOn', 'critical'),
      maxAgeMs: duration('mlops.checks.imageScan.maxAge', {
        fallback: { days: 30 },
      }),
    },
    approvalBlockOnCritical:
      config.getOptionalBoolean('mlops.approval.blockOnCritical') ?? false,
    notifications: {
      enabled: config.getOptionalBoolean('mlops.notifications.enabled') ?? true,
      scoreDrop:
        config.getOptionalNumber('mlops.notifications.scoreDrop') ?? 10,
    },
  };
}
