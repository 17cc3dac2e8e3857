import {
  boundedCache,
  mlopsSourcesExtensionPoint,
} from '@aidlc/plugin-mlops-node';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { AwsClientFactory } from './AwsClients';
import { AwsSource } from './AwsSource';
import { readAwsSourceConfig } from './AwsSourceConfig';

/**
 * Adds the AWS source to the mlops backend when `mlops.aws` is configured.
 * @public
 */
export const mlopsModuleAws = createBackendModule({
  pluginId: 'mlops',
  moduleId: 'aws',
  register(reg) {
    reg.registerInit({
      deps: {
        sources: mlopsSourcesExtensionPoint,
        config: coreServices.rootConfig,
        cache: coreServices.cache,
        logger: coreServices.logger,
      },
      async init({ sources, config, cache, logger }) {
        const source = readAwsSourceConfig(config, logger);
        if (!source) {
          logger.info('mlops.aws is not configured: the AWS source is off');
          return;
        }
        sources.addSource(
          new AwsSource({
            config: source,
            clients: AwsClientFactory.fromConfig(config, source),
            cache: boundedCache(cache, logger),
            logger,
          }),
        );
        logger.info(
          `AWS source reads ${source.accounts
            .map(a => `${a.accountId} (${a.regions.join(', ')})`)
            .join(', ')}`,
        );
      },
    });
  },
});
