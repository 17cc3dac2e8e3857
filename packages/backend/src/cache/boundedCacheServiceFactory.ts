import { boundedCache } from '@aidlc/plugin-mlops-node';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { CacheManager } from '@backstage/backend-defaults/cache';

/**
 * Backstage's cache service, but every plugin's cache calls give up after 2 seconds (boundedCache):
 * TechDocs, the catalog and the rest then outlast a Redis connection that died without closing, as
 * the ML plugins do on their own. Replaces the default cache service.
 */
export const boundedCacheServiceFactory = createServiceFactory({
  service: coreServices.cache,
  deps: {
    config: coreServices.rootConfig,
    rootLogger: coreServices.rootLogger,
    plugin: coreServices.pluginMetadata,
    logger: coreServices.logger,
  },
  async createRootContext({ config, rootLogger }) {
    return CacheManager.fromConfig(config, { logger: rootLogger });
  },
  async factory({ plugin, logger }, manager) {
    return boundedCache(manager.forPlugin(plugin.getId()), logger);
  },
});
