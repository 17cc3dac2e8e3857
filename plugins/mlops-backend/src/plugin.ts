import {
  ComplianceCheck,
  MlopsSource,
  mlopsChecksExtensionPoint,
  mlopsSourcesExtensionPoint,
} from '@aidlc/plugin-mlops-node';
import { mlopsPermissions } from '@aidlc/plugin-mlops-common';
import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { resolve } from 'node:path';
import { builtInChecks } from './checks';
import { MlopsStore } from './database/MlopsStore';
import { DemoSource } from './demo/DemoSource';
import { ComplianceEngine } from './compliance/ComplianceEngine';
import { ComplianceProfiles } from './compliance/ComplianceProfiles';
import { FleetCache } from './api/FleetCache';
import { RefreshService } from './refresh/RefreshService';
import { createRouter } from './api/router';

/**
 * The mlops backend plugin: REST API at /api/mlops, refresh on the scheduler, compliance engine,
 * and the demo source when `mlops.demo.file` is set and no module added a source.
 * @public
 */
export const mlopsPlugin = createBackendPlugin({
  pluginId: 'mlops',
  register(env) {
    const sources: MlopsSource[] = [];
    const checks: ComplianceCheck[] = [...builtInChecks];
    env.registerExtensionPoint(mlopsSourcesExtensionPoint, {
      addSource: (...added) => sources.push(...added),
    });
    env.registerExtensionPoint(mlopsChecksExtensionPoint, {
      addChecks: (...added) => checks.push(...added),
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        cache: coreServices.cache,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const { config, logger, scheduler, httpRouter } = deps;

        const demoFile = config.getOptionalString('mlops.demo.file');
        const lookbackDays =
          config.getOptionalNumber('mlops.drift.lookbackDays') ?? 14;
        // The demo is the embedded default: a real source (a module) replaces it.
        if (demoFile && sources.length > 0) {
          logger.info(
            `Ignoring mlops.demo: sources ${sources
              .map(s => s.id)
              .join(', ')} are installed`,
          );
        } else if (demoFile) {
          sources.push(new DemoSource(resolve(demoFile), lookbackDays));
          logger.info(`Serving demo ML data from ${resolve(demoFile)}`);
        }
        if (sources.length === 0) {
          logger.warn(
            'No ML source installed: set mlops.demo.file or add a source module',
          );
        }

        const store = await MlopsStore.create(deps.database);
        const engine = new ComplianceEngine(
          checks,
          ComplianceProfiles.fromConfig(
            config,
            checks.map(c => c.id),
          ),
        );
        const fleetCache = new FleetCache(
          deps.cache,
          config.getOptionalNumber('mlops.cache.fleetSeconds') ?? 30,
        );
        const refresh = new RefreshService({
          catalog: deps.catalog,
          auth: deps.auth,
          logger,
          store,
          engine,
          fleetCache,
          sources,
          concurrency:
            config.getOptionalNumber('mlops.refresh.concurrency') ?? 8,
          historyRetentionDays:
            config.getOptionalNumber('mlops.history.retentionDays') ?? 90,
        });

        const schedule = config.has('mlops.schedule')
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig('mlops.schedule'),
            )
          : {
              frequency: { minutes: 30 },
              timeout: { minutes: 10 },
              initialDelay: { seconds: 15 },
            };
        await scheduler.scheduleTask({
          id: 'mlops-refresh',
          // With several replicas on PostgreSQL, one of them runs each refresh.
          scope: 'global',
          ...schedule,
          fn: async () => {
            await refresh.refreshAll();
          },
        });

        deps.permissionsRegistry.addPermissions(mlopsPermissions);
        httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            auditor: deps.auditor,
            fleetCache,
            catalog: deps.catalog,
            store,
            engine,
            refresh,
          }),
        );
      },
    });
  },
});
