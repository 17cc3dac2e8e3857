import {
  isMlopsAvailable,
  mlopsEvidenceSubmitPermission,
  mlopsModelApprovePermission,
  mlopsRefreshPermission,
} from '@aidlc/plugin-mlops-common';
import {
  AuditorService,
  AuthService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import { MlopsDatabase } from '../database/MlopsDatabase';
import { ComplianceEngine } from '../compliance/ComplianceEngine';
import { evidenceRefusal } from '../evidence/evidenceRefusal';
import { evidenceReport } from '../evidence/evidenceReport';
import { entityFacts } from '../refresh/entityFacts';
import { RefreshService } from '../refresh/RefreshService';
import { ModelApprovals } from '../approvals/ModelApprovals';
import { MlopsConfig } from '../readMlopsConfig';
import { createOpenApiRouter } from '../schema/openapi.generated';
import { FleetCache } from './FleetCache';
import { fleetCsv } from './fleetCsv';
import { lifecycleCsv } from './lifecycleCsv';
import { jsonBodies, retryHints, TooManyRequestsError } from './httpErrors';
import { MlopsAccess } from './MlopsAccess';
import { AnyRequest, routeGuards } from './guards';
import { ENTITY_PARTS } from './entityAnswer';
import { EntityRequest, routeAnswers, visibilityOf } from './routeAnswers';

export interface RouterOptions {
  config: MlopsConfig;
  auth: AuthService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  access: MlopsAccess;
  auditor: AuditorService;
  catalog: CatalogService;
  database: MlopsDatabase;
  fleetCache: FleetCache;
  engine: ComplianceEngine;
  refresh: RefreshService;
  approvals: ModelApprovals;
}

/** Largest evidence report a pipeline may post. */
const EVIDENCE_LIMIT = '256kb';
/** Most rows a CSV export holds. */
const EXPORT_LIMIT = 10_000;

/** Translates HTTP to calls of the stores, the engine and the refresh; checks who may do what. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, access, catalog, database, fleetCache, refresh } = options;
  const { audited, refuse, authorize } = routeGuards(options.auditor, access);
  const router = await createOpenApiRouter({
    validatorOptions: {
      validateRequests: { allowUnknownQueryParameters: false },
    },
  });

  const credentials = (req: AnyRequest) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  /** The catalog entity of the path, read with the plugin's own credentials; 404 when absent. */
  async function catalogEntity(req: EntityRequest) {
    const entityRef = stringifyEntityRef(req.params);
    const entity = await catalog.getEntityByRef(entityRef, {
      credentials: await options.auth.getOwnServiceCredentials(),
    });
    if (!entity) throw new NotFoundError(`Entity ${entityRef} not found`);
    return entity;
  }

  /** The catalog entity of the path, 404 unless it has ML annotations. */
  async function mlopsEntity(req: EntityRequest) {
    const entity = await catalogEntity(req);
    if (!isMlopsAvailable(entity)) {
      throw new NotFoundError(
        `${stringifyEntityRef(entity)} has no ML annotations`,
      );
    }
    return entity;
  }

  const { sendEntity, sendFleet, sendCsv } = routeAnswers({
    access,
    fleetCache,
    database,
    audited,
    authorize,
    credentials,
  });

  router.get('/entities/:kind/:namespace/:name', (req, res) =>
    sendEntity(req, res, ENTITY_PARTS.whole),
  );
  router.get('/entities/:kind/:namespace/:name/models', (req, res) =>
    sendEntity(req, res, ENTITY_PARTS.models),
  );
  router.get('/entities/:kind/:namespace/:name/drift', (req, res) =>
    sendEntity(req, res, ENTITY_PARTS.drift),
  );
  router.get('/entities/:kind/:namespace/:name/compliance', (req, res) =>
    sendEntity(req, res, ENTITY_PARTS.compliance),
  );
  router.get('/entities/:kind/:namespace/:name/lifecycle', (req, res) =>
    sendEntity(req, res, ENTITY_PARTS.lifecycle),
  );

  router.post('/entities/:kind/:namespace/:name/refresh', async (req, res) => {
    const caller = await credentials(req);
    const entity = await mlopsEntity(req);
    const entityRef = stringifyEntityRef(entity);
    await authorize(req, caller, mlopsRefreshPermission, entityFacts(entity));
    const waitSeconds = await database.snapshots.claimManualRefresh(
      entityRef,
      new Date(),
      options.config.manualRefreshIntervalMs,
    );
    if (waitSeconds > 0) {
      throw new TooManyRequestsError(
        `${entityRef} was refreshed moments ago; try again in ${waitSeconds} s`,
        waitSeconds,
      );
    }
    const result = await audited(req, 'entity-refresh', { entityRef }, () =>
      refresh.refreshNow(entity),
    );
    const [summary] = await database.snapshots.getSummaries([entityRef]);
    res.json({
      entityRef,
      refreshedAt: summary?.refreshedAt?.toISOString(),
      stale: Boolean(result.error),
      error: result.error,
    });
  });

  router.post(
    '/entities/:kind/:namespace/:name/approvals',
    async (req, res) => {
      // People only: four-eyes needs to know who decides.
      const caller = await httpAuth.credentials(req, { allow: ['user'] });
      const entity = await mlopsEntity(req);
      const entityRef = stringifyEntityRef(entity);
      await authorize(
        req,
        caller,
        mlopsModelApprovePermission,
        entityFacts(entity),
      );
      const { versionArn, status } = req.body;
      const result = await audited(
        req,
        'model-version-decision',
        { entityRef, versionArn, status },
        () =>
          options.approvals.decide(
            entity,
            caller.principal.userEntityRef,
            req.body,
          ),
        'high',
      );
      res.json(result);
    },
  );

  router.post('/entities/:kind/:namespace/:name/evidence', async (req, res) => {
    // Pipelines only: a person cannot vouch for what their CI found.
    const caller = await httpAuth.credentials(req, { allow: ['service'] });
    const [decision] = await options.permissions.authorize(
      [{ permission: mlopsEvidenceSubmitPermission }],
      { credentials: caller },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        'This token may not post evidence (permission mlops.evidence.submit)',
      );
    }
    const entity = await catalogEntity(req);
    const entityRef = stringifyEntityRef(entity);
    const subject = caller.principal.subject;
    const refusal = evidenceRefusal(subject, entity, options.config.evidence);
    if (refusal) {
      await refuse(
        req,
        { permission: mlopsEvidenceSubmitPermission.name, entityRef },
        refusal,
      );
    }
    const report = evidenceReport(entityRef, subject, req.body);
    await audited(
      req,
      'evidence-submit',
      {
        entityRef,
        kind: report.kind,
        tool: report.tool,
        summary: report.summary,
      },
      () => refresh.addEvidence(entity, report),
    );
    res.status(202).json({ entityRef, kind: report.kind });
  });

  router.get('/compliance', (req, res) =>
    sendFleet(req, res, filter => database.fleet.listFleet(req.query, filter)),
  );

  router.get('/compliance/owners', (req, res) =>
    sendFleet(req, res, async filter => ({
      visibility: visibilityOf(filter),
      items: await database.summaries.summarizeOwners(filter),
    })),
  );

  router.get('/compliance/summary', (req, res) =>
    sendFleet(req, res, async filter => ({
      visibility: visibilityOf(filter),
      ...(await database.summaries.summarizeFleet(
        filter,
        options.engine.listChecks().map(check => check.id),
      )),
    })),
  );

  router.get('/compliance/export', (req, res) =>
    sendCsv(req, res, 'fleet-export', 'ml-compliance.csv', async filter =>
      fleetCsv(
        await database.fleet.exportFleet(req.query, filter, EXPORT_LIMIT),
        options.engine.listChecks(),
      ),
    ),
  );

  router.get('/lifecycle', (req, res) =>
    sendFleet(req, res, async filter => ({
      visibility: visibilityOf(filter),
      ...(await database.lifecycle.listLifecycle(req.query, filter)),
    })),
  );

  router.get('/lifecycle/export', (req, res) =>
    sendCsv(req, res, 'lifecycle-export', 'ml-lifecycle.csv', async filter =>
      lifecycleCsv(
        await database.lifecycle.exportLifecycle(
          req.query,
          filter,
          EXPORT_LIMIT,
        ),
      ),
    ),
  );

  router.get('/models', (req, res) =>
    sendFleet(req, res, async filter => ({
      visibility: visibilityOf(filter),
      ...(await database.fleet.listModelGroups(req.query, filter)),
    })),
  );

  router.get('/checks', async (req, res) => {
    await credentials(req);
    res.json({ items: options.engine.listChecks() });
  });

  router.use(retryHints);

  // Bodies are parsed before validation, so an oversized one is a 413, not a 400.
  return express.Router().use(jsonBodies(EVIDENCE_LIMIT)).use(router);
}
