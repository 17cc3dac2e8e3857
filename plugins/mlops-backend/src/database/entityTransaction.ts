import { Knex } from 'knex';

/**
 * Runs `work` in a transaction that holds the entity's lock, so writes of one entity (a refresh, an
 * evidence post, a manual refresh) follow one another and the last one sees what the others wrote.
 * On PostgreSQL the lock is a transaction-scoped advisory lock and every statement of the
 * transaction (waiting for the lock included) is cut off after `timeoutMs`, so a stalled database
 * rolls the transaction back instead of committing late; SQLite runs one transaction at a time anyway.
 */
export async function entityTransaction<T>(
  db: Knex,
  entityRef: string,
  timeoutMs: number,
  work: (tx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async tx => {
    if (tx.client.config.client === 'pg') {
      await tx.raw(`select set_config('statement_timeout', ?, true)`, [
        String(timeoutMs),
      ]);
      await tx.raw('select pg_advisory_xact_lock(hashtext(?))', [entityRef]);
    }
    return work(tx);
  });
}
