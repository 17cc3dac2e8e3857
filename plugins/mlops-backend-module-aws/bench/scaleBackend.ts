// The backend the scale benchmark measures: the mlops plugin with this module, on a given database,
// with a scheduler whose tasks the benchmark runs itself (and waits for).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import mlopsPlugin from '@aidlc/plugin-mlops-backend';
import {
  SchedulerServiceTaskFunction,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { cacheServiceFactory } from '@backstage/backend-defaults/cache';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { AddressInfo } from 'node:net';
import mlopsModuleAws from '../src';
import { FleetShape } from './fakeFleet';
import { fakeAwsConfig } from './fakeFleetLocation';

/** Scheduled tasks, kept for the benchmark to run: `run(id)` resolves when the task has finished. */
function capturingScheduler() {
  const tasks = new Map<string, SchedulerServiceTaskFunction>();
  const service = {
    scheduleTask: async (task: { id: string; fn: any }) => {
      tasks.set(task.id, task.fn);
    },
    createScheduledTaskRunner: () => ({
      run: async (task: { id: string; fn: any }) => {
        tasks.set(task.id, task.fn);
      },
    }),
    triggerTask: async () => {},
    cancelTask: async () => {},
    getScheduledTasks: async () => [],
  };
  return {
    factory: createServiceFactory({
      service: coreServices.scheduler,
      deps: {},
      factory: () => service as any,
    }),
    run: (id: string) => tasks.get(id)!(new AbortController().signal),
  };
}

/**
 * Starts the backend as production runs it: PostgreSQL, the cache in Redis (not in the process's
 * memory), the production schedule. `fleetTtl` is the fleet answer cache's lifetime (default 30 s).
 */
export async function startScaleBackend(options: {
  knex: Knex;
  redisUrl: string;
  entities: Entity[];
  shape: FleetShape;
  fleetTtl: string;
  /** mlops.refresh.batchSize; the plugin's default when undefined */
  batchSize?: number;
  driftDays: number;
}) {
  const scheduler = capturingScheduler();
  const aws = fakeAwsConfig(options.shape);
  const { server } = await startTestBackend({
    features: [
      mlopsPlugin,
      mlopsModuleAws,
      scheduler.factory,
      cacheServiceFactory,
      mockServices.database.factory({ knex: options.knex }),
      catalogServiceMock.factory({ entities: options.entities }),
      mockServices.rootConfig.factory({
        data: {
          backend: {
            cache: {
              store: 'redis',
              connection: options.redisUrl,
              redis: { client: { namespace: `mlops-scale-${process.pid}` } },
            },
          },
          aws: aws.aws,
          mlops: {
            aws: { accounts: aws.accounts },
            // app-config.production.yaml's schedule: the refresh must end within its timeout
            schedule: {
              frequency: { minutes: 30 },
              timeout: { minutes: 10 },
              initialDelay: { seconds: 30 },
            },
            cache: { fleetTtl: options.fleetTtl },
            notifications: { enabled: false },
            ...(options.batchSize && {
              refresh: { batchSize: options.batchSize },
            }),
            drift: {
              lookback: { days: options.driftDays },
            },
          },
        },
      }),
    ],
  });
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}/api/mlops`,
    refresh: () => scheduler.run('mlops-refresh'),
    close: () => new Promise(resolve => server.close(resolve)),
  };
}
