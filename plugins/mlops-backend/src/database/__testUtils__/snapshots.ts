import { CheckResult, verdictOf } from '@aidlc/plugin-mlops-common';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { EntitySnapshot } from '../EntitySnapshot';
import { EntityFilter } from '../entityFilter';
import { MlopsDatabase } from '../MlopsDatabase';

// SQLite always; PostgreSQL where scripts/test-all.mjs found one (127.0.0.1:5432).
export const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15'],
});

export const ALL: EntityFilter = { all: true };
export const FRAUD = 'group:default/fraud-ml';
export const PERSONALIZATION = 'group:default/personalization-ml';

/** A failed check of this severity. */
export function failing(
  id: string,
  severity: CheckResult['severity'],
): CheckResult {
  return {
    id,
    title: id,
    principle: 'encryption',
    severity,
    status: 'fail',
    remediation: 'fix it',
    controls: {},
  };
}

/** A snapshot of a healthy fraud-ml service, with these differences (its verdict follows them). */
export function snapshot(
  name: string,
  overrides: Partial<EntitySnapshot> = {},
): EntitySnapshot {
  const failed = overrides.failed ?? {
    critical: 0,
    high: 0,
    medium: 0,
    low: 0,
  };
  const missingEvidence = overrides.missingEvidence ?? 0;
  return {
    entityRef: `component:default/${name}`,
    title: name,
    owner: FRAUD,
    system: 'system:default/secure-ml-platform',
    profile: 'standard',
    // Approved by its owner, as when the entity names no approvers
    approvers: [overrides.owner ?? FRAUD],
    refreshedAt: new Date('2026-11-25T10:00:00Z'),
    evaluatedAt: new Date('2026-11-25T10:00:01Z'),
    stale: false,
    verdict: verdictOf({ failed, missingEvidence }),
    score: 100,
    failed,
    missingEvidence,
    driftStatus: 'ok',
    models: [],
    endpoints: [],
    checks: [],
    evidence: {},
    reports: [],
    stages: [],
    ...overrides,
  };
}

/** The migrated mlops database on one engine, and a way to save a snapshot as a refresh does. */
export async function databaseFor(id: TestDatabaseId) {
  const knex = await databases.init(id);
  const db = await MlopsDatabase.create(
    { getClient: async () => knex, migrations: { skip: false } },
    { timeoutMs: 30_000, logger: mockServices.logger.mock() },
  );
  const save = (s: EntitySnapshot) =>
    db.writeEntity(s.entityRef, tx => db.snapshots.saveSnapshot(tx, s));
  return { db, knex, save };
}
