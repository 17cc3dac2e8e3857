import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { DatabaseManager } from '@backstage/backend-defaults/database';
import { acquireStartupLock, lockConnectionOf } from './startupLock';

/**
 * Backstage's database service, but replicas on PostgreSQL start one at a time: the first plugin
 * that asks for a database waits for the startup lock (startupLock.ts), and the lock is released
 * once every plugin has started, its migrations done. Replaces the default database service.
 */
export const startupLockedDatabaseServiceFactory = createServiceFactory({
  service: coreServices.database,
  deps: {
    config: coreServices.rootConfig,
    lifecycle: coreServices.lifecycle,
    logger: coreServices.logger,
    pluginMetadata: coreServices.pluginMetadata,
    rootLifecycle: coreServices.rootLifecycle,
    rootLogger: coreServices.rootLogger,
  },
  async createRootContext({ config, rootLifecycle, rootLogger }) {
    const connection = lockConnectionOf(config);
    if (connection) {
      rootLogger.info('Waiting for other replicas to finish starting');
      const lock = await acquireStartupLock(connection);
      rootLogger.info(
        'Holding the startup lock until every plugin has started',
      );
      rootLifecycle.addStartupHook(() => lock.release());
    }
    return DatabaseManager.fromConfig(config, { rootLifecycle, rootLogger });
  },
  async factory({ pluginMetadata, lifecycle, logger }, databaseManager) {
    return databaseManager.forPlugin(pluginMetadata.getId(), {
      lifecycle,
      logger,
    });
  },
});
