import { notificationService } from '@backstage/plugin-notifications-node';
import {
  ComplianceCheck,
  LifecycleSignal,
  MlopsSource,
  boundedCache,
  mlopsChecksExtensionPoint,
  mlopsLifecycleExtensionPoint,
  mlopsEntityPermissionResourceRef,
  mlopsEntityPermissionRules,
  mlopsSourcesExtensionPoint,
} from '@aidlc/plugin-mlops-node';
import {
  mlopsEntityReadPermission,
  mlopsEvidenceSubmitPermission,
  mlopsModelApprovePermission,
  mlopsRefreshPermission,
} from '@aidlc/plugin-mlops-common';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { resolve } from 'node:path';
import { DecisionCache } from './api/DecisionCache';
import { FleetCache } from './api/FleetCache';
import { MlopsAccess } from './api/MlopsAccess';
import { createRouter } from './api/router';
import { builtInChecksWith } from './checks';
import { LifecycleEngine } from './lifecycle/LifecycleEngine';
import { builtInSignals } from './lifecycle/signals';
import { ComplianceEngine } from './compliance/ComplianceEngine';
import { ComplianceProfiles } from './compliance/ComplianceProfiles';
import { MlopsDatabase } from './database/MlopsDatabase';
import { DemoSource } from './demo/DemoSource';
import { readMlopsConfig } from './readMlopsConfig';
import { entityFacts } from './refresh/entityFacts';
import { RefreshService } from './refresh/RefreshService';
import { EntityNotifier } from './notifications/EntityNotifier';
import { ModelApprovals } from './approvals/ModelApprovals';

/**
 * The mlops backend plugin: REST API at /api/mlops, refresh on the scheduler, compliance engine,
 * the `mlops-entity` permission resource, and the demo source when `mlops.demo.file` is set and no
 * module added a source.
 * @public
 */
export const mlopsPlugin = createBackendPlugin({
  pluginId: 'mlops',
  register(env) {
    const sources: MlopsSource[] = [];
    // Checks modules add; the built-in ones join them once the config is read
    const moduleChecks: ComplianceCheck[] = [];
    const moduleSignals: LifecycleSignal[] = [];
    env.registerExtensionPoint(mlopsSourcesExtensionPoint, {
      addSource: (...added) => sources.push(...added),
    });
    env.registerExtensionPoint(mlopsChecksExtensionPoint, {
      addChecks: (...checks) => moduleChecks.push(...checks),
    });
    env.registerExtensionPoint(mlopsLifecycleExtensionPoint, {
      addSignals: (...signals) => moduleSignals.push(...signals),
    });

    env.registerInit({
      deps: {
        rootConfig: coreServices.rootConfig,
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
        notifications: notificationService,
      },
      async init(deps) {
        const { rootConfig, logger, scheduler, permissionsRegistry } = deps;
        const config = readMlopsConfig(rootConfig, logger);

        // The demo is the embedded default: a real source (a module) replaces it.
        if (config.demoFile && sources.length > 0) {
          logger.info(
            `Ignoring mlops.demo: sources ${sources
              .map(s => s.id)
              .join(', ')} are installed`,
          );
        } else if (config.demoFile) {
          sources.push(new DemoSource(resolve(config.demoFile)));
          logger.info(`Serving demo ML data from ${resolve(config.demoFile)}`);
        }
        // A portal without a source would show nothing, or (before) invented data: it does not start.
        if (sources.length === 0) {
          throw new Error(
            'The mlops plugin has no source: configure mlops.aws (with @aidlc/plugin-mlops-backend-module-aws installed) or add a source module; to serve the demo data on purpose, set mlops.demo.enabled: true and mlops.demo.file',
          );
        }

        const database = await MlopsDatabase.create(deps.database, {
          timeoutMs: config.databaseTimeoutMs,
          logger,
        });
        const checks = [
          ...builtInChecksWith({ imageScan: config.imageScan }),
          ...moduleChecks,
        ];
        const engine = new ComplianceEngine(
          checks,
          ComplianceProfiles.fromConfig(
            rootConfig,
            checks.map(c => c.id),
          ),
        );
        const refresh = new RefreshService({
          catalog: deps.catalog,
          auth: deps.auth,
          logger,
          database,
          engine,
          lifecycle: new LifecycleEngine([...builtInSignals, ...moduleSignals]),
          sources,
          concurrency: config.refreshConcurrency,
          batchSize: config.refreshBatchSize,
          historyRetentionMs: config.historyRetentionMs,
          evidenceRetentionMs: config.evidenceRetentionMs,
          driftLookbackMs: config.driftLookbackMs,
          refreshTimeoutMs: config.refreshTimeoutMs,
          notifier: config.notifications.enabled
            ? new EntityNotifier(
                deps.notifications,
                logger,
                config.notifications.scoreDrop,
              )
            : undefined,
        });

        await scheduler.scheduleTask({
          id: 'mlops-refresh',
          // With several replicas on PostgreSQL, one of them runs each refresh.
          scope: 'global',
          ...config.schedule,
          fn: async signal => {
            await refresh.refreshAll(signal);
          },
        });

        /**
         * The facts permission rules look at: those stored with the last refresh, or, for an entity
         * not refreshed yet, those of its catalog entry, so its owners are told the truth about it.
         */
        const resourcesOf = async (refs: string[]) => {
          const stored = await database.snapshots.getSummaries(refs);
          const missing = refs.filter((_, i) => !stored[i]);
          if (missing.length === 0) return stored;
          const { items } = await deps.catalog.getEntitiesByRefs(
            { entityRefs: missing },
            { credentials: await deps.auth.getOwnServiceCredentials() },
          );
          const fromCatalog = new Map(
            items.flatMap((entity, i) =>
              entity ? [[missing[i], entityFacts(entity)]] : [],
            ),
          );
          return refs.map((ref, i) => stored[i] ?? fromCatalog.get(ref));
        };

        permissionsRegistry.addResourceType({
          resourceRef: mlopsEntityPermissionResourceRef,
          permissions: [
            mlopsEntityReadPermission,
            mlopsRefreshPermission,
            mlopsModelApprovePermission,
          ],
          rules: Object.values(mlopsEntityPermissionRules),
          getResources: refs => resourcesOf(refs),
        });
        permissionsRegistry.addPermissions([mlopsEvidenceSubmitPermission]);

        deps.httpRouter.use(
          await createRouter({
            config,
            auth: deps.auth,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            access: new MlopsAccess(
              new DecisionCache(deps.permissions, config.decisionTtlMs),
              permissionsRegistry.getPermissionRuleset(
                mlopsEntityPermissionResourceRef,
              ),
            ),
            auditor: deps.auditor,
            catalog: deps.catalog,
            database,
            fleetCache: new FleetCache(
              boundedCache(deps.cache, deps.logger),
              () => database.snapshots.fleetGeneration(),
              config.fleetCacheTtlMs,
            ),
            engine,
            refresh,
            approvals: new ModelApprovals({
              database,
              sources,
              refresh,
              blockOnCritical: config.approvalBlockOnCritical,
            }),
          }),
        );
      },
    });
  },
});
