import { LoggerService } from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import { EntityFacts } from '../database/EntitySnapshot';
import { MlopsDatabase } from '../database/MlopsDatabase';
import { EntityNotifier } from '../notifications/EntityNotifier';
import { staleMessage } from './staleMessage';

/** A day without a good read: the owners are told, once per outage. */
const STALE_NOTICE_MS = 86_400_000;

/**
 * Marks one entity stale with a message a person can read, keeping its last good data, and tells its
 * owners when that data is a day old. A failing mark is logged, never thrown.
 */
export async function markStale(
  options: {
    database: MlopsDatabase;
    logger: LoggerService;
    notifier?: EntityNotifier;
  },
  facts: EntityFacts,
  error: unknown,
): Promise<{ entityRef: string; error: string }> {
  const { database, logger, notifier } = options;
  const message = staleMessage(error);
  logger.warn(`ML refresh of ${facts.entityRef} failed: ${message}`);
  try {
    await database.snapshots.markStale(facts, message);
    const readBefore = new Date(Date.now() - STALE_NOTICE_MS);
    if (
      notifier &&
      (await database.snapshots.claimStaleNotice(facts.entityRef, readBefore))
    ) {
      await notifier.tellStale(facts, message);
    }
  } catch (storeError) {
    logger.error(
      `Could not mark ${facts.entityRef} stale: ${toError(storeError).message}`,
    );
  }
  return { entityRef: facts.entityRef, error: message };
}
