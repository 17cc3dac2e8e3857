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
    this.evidence = new EvidenceStore(db, deadline);
  }

  /** Runs `work` as one write of the entity (see `entityTransaction`), within the deadline. */
  writeEntity<T>(
    entityRef: string,
    work: (tx: Knex.Transaction) => Promise<T>,
  ): Promise<T> {
    return this.deadline.run(() =>
      entityTransaction(this.db, entityRef, this.deadline.timeoutMs, work),
    );
  }
}
