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
import { FakeService, serviceEntity } from './fakeFleet';

export interface ScaleShape {
  accounts: string[];
  regions: string[];
}

/** 20 accounts of 3 regions each by default; services are spread over the 60 locations in turn. */
export function scaleShape(accounts: number, regions: number): ScaleShape {
  return {
    accounts: Array.from({ length: accounts }, (_, i) =>
      String(100000000000 + i),
    ),
    regions: ['eu-west-1', 'eu-central-1', 'us-east-1', 'us-west-2'].slice(
      0,
      regions,
    ),
  };
}

export function scaleEntities(fleet: FakeService[], shape: ScaleShape) {
  const { accounts, regions } = shape;
  return fleet.map((s, i) =>
    serviceEntity(s, {
      'aidlc.io/aws-account': accounts[i % accounts.length],
      'aidlc.io/aws-region':
        regions[Math.floor(i / accounts.length) % regions.length],
    }),
  );
}

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
  shape: ScaleShape;
  fleetTtl: string;
  /** mlops.refresh.batchSize; the plugin's default when undefined */
  batchSize?: number;
  driftDays: number;
}) {
  const scheduler = capturingScheduler();
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
          mlops: {
            aws: {
              accounts: options.shape.accounts.map(accountId => ({
                accountId,
                regions: options.shape.regions,
              })),
            },
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
              lookback: { days: Number(process.env.BENCH_DRIFT_DAYS ?? 14) },
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
