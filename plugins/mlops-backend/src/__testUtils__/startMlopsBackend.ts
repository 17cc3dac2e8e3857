import {
  BackendFeature,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { mlopsPlugin } from '../plugin';
import { demoEntities, demoFile, idleSchedule } from './demoCatalog';

/**
 * The mlops plugin in a test backend, on the demo catalog and the demo data, with a refresh that
 * never runs by itself; `mlops` settings and further features (real services, mocks) come on top.
 */
export async function startMlopsBackend(
  options: {
    mlops?: object;
    config?: object;
    features?: BackendFeature[];
    entities?: ReturnType<typeof demoEntities>;
    /** Where the notifications the plugin sends go (none: nowhere) */
    notifications?: NotificationSendOptions[];
  } = {},
) {
  return startTestBackend({
    features: [
      mlopsPlugin,
      mockServices.rootConfig.factory({
        data: {
          ...options.config,
          mlops: {
            demo: { file: demoFile },
            schedule: idleSchedule,
            ...options.mlops,
          },
        },
      }),
      catalogServiceMock.factory({
        entities: options.entities ?? demoEntities(),
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (notification: NotificationSendOptions) => {
            options.notifications?.push(notification);
          },
        }),
      }),
      ...(options.features ?? []),
    ],
  });
}

/** The bearer header of a GitHub Actions token of an `aidlc-demo` repository, as the mock auth reads it. */
export function pipelineHeader(repository: string) {
  return `Bearer mock-service-token:${JSON.stringify({
    sub: `external:github-actions:repo:aidlc-demo/${repository}:ref:refs/heads/main`,
  })}`;
}
