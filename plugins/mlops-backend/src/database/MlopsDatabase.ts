import {
  DatabaseService,
  LoggerService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { DatabaseDeadline } from './DatabaseDeadline';
import { entityTransaction } from './entityTransaction';
import { EvidenceStore } from './EvidenceStore';
import { FleetQueries } from './FleetQueries';
import { LifecycleQueries } from './LifecycleQueries';
import { FleetSummaries } from './FleetSummaries';
import { SnapshotStore } from './SnapshotStore';

const migrationsDir = resolvePackagePath(
  '@aidlc/plugin-mlops-backend',
  'migrations',
);

/**
 * The mlops plugin's database: snapshots, fleet queries and summaries, and evidence reports over one migrated
 * client, every call bounded by the same deadline.
 */
export class MlopsDatabase {
  readonly snapshots: SnapshotStore;
  readonly fleet: FleetQueries;
  readonly summaries: FleetSummaries;
  readonly lifecycle: LifecycleQueries;
  readonly evidence: EvidenceStore;

  static async create(
    database: DatabaseService,
    options: { timeoutMs: number; logger: LoggerService },
  ): Promise<MlopsDatabase> {
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new MlopsDatabase(
      client,
      new DatabaseDeadline(options.timeoutMs, options.logger),
    );
  }

  constructor(
    private readonly db: Knex,
    private readonly deadline: DatabaseDeadline,
  ) {
    this.snapshots = new SnapshotStore(db, deadline);
    this.fleet = new FleetQueries(db, deadline);
    this.summaries = new FleetSummaries(db, deadline);
    this.lifecycle = new LifecycleQueries(db, deadline);
    this.evidence = new EvidenceStore(db, deadline);
  }

  /**
   * Runs `work` as one write of the entity (see `entityTransaction`). Each statement is cut off by the
   * database after the deadline, which rolls the write back and answers 503. The caller's own timer
   * is a net at twice that, for a database that does not enforce it (SQLite) or a stuck connection:
   * a write still running when it has answered 503 rolls back instead of committing late, so no
   * caller is told "unavailable" about a write that took effect.
   */
  writeEntity<T>(
    entityRef: string,
    work: (tx: Knex.Transaction) => Promise<T>,
  ): Promise<T> {
    let answered = false;
    const { timeoutMs } = this.deadline;
    return this.deadline.run(
      () =>
        entityTransaction(this.db, entityRef, timeoutMs, async tx => {
          const result = await work(tx);
          if (answered) {
            throw new Error(
              `The write of ${entityRef} outlived its deadline and was rolled back`,
            );
          }
          return result;
        }),
      { timeoutMs: 2 * timeoutMs, onExpired: () => (answered = true) },
    );
  }
}
