import {
  ANNOTATION_ENDPOINT,
  ANNOTATION_MODEL_PACKAGE_GROUP,
  EvidenceSubmission,
  FleetQuery,
  FleetRow,
  isMlopsAvailable,
  mlopsRefreshPermission,
} from '@aidlc/plugin-mlops-common';
import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import { createHash } from 'node:crypto';
import { MlopsStore, SnapshotPart, VisibleRefs } from '../database/MlopsStore';
import { createOpenApiRouter } from '../schema/openapi.generated';
import { annotatedEntitiesFilter } from '../refresh/annotatedEntitiesFilter';
import { ComplianceEngine } from '../compliance/ComplianceEngine';
import { FleetCache } from './FleetCache';
import { fleetCsv } from './fleetCsv';
import { RefreshService } from '../refresh/RefreshService';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  fleetCache: FleetCache;
  catalog: CatalogService;
  store: MlopsStore;
  engine: ComplianceEngine;
  refresh: RefreshService;
}

/** Largest evidence report a pipeline may post. */
const EVIDENCE_LIMIT = '256kb';
/** Most rows a CSV export holds. */
const EXPORT_LIMIT = 10_000;

/** Translates HTTP to calls of the store, the engine and the refresh; checks who may do what. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    httpAuth,
    permissions,
    auditor,
    fleetCache,
    catalog,
    store,
    engine,
    refresh,
  } = options;
  const router = await createOpenApiRouter({
    middleware: [express.json({ limit: EVIDENCE_LIMIT })],
    validatorOptions: {
      validateRequests: {
        coerceTypes: true,
        allowUnknownQueryParameters: false,
      },
    },
  });

  /** The entity of the path, if the caller may read it in the catalog; 404 otherwise. */
  async function readableEntity(
    req: express.Request<{ kind: string; namespace: string; name: string }>,
  ) {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    return { ...(await entityOf(req, credentials)), credentials };
  }

  async function entityOf(
    req: express.Request<{ kind: string; namespace: string; name: string }>,
    credentials: BackstageCredentials,
  ) {
    const entityRef = stringifyEntityRef(req.params);
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`Entity ${entityRef} not found`);
    }
    return { entity, entityRef };
  }

  /**
   * Answers with the freshness of the entity's data and one stored part of it under `key`. The
   * part is sent as the JSON text the store holds, so large drift series are never re-serialized.
   */
  async function sendPart(
    req: express.Request<{ kind: string; namespace: string; name: string }>,
    res: express.Response,
    part: SnapshotPart,
    key: string,
  ) {
    const { entityRef } = await readableEntity(req);
    const stored = await store.getSnapshotPart(entityRef, part);
    if (!stored) {
      throw new NotFoundError(
        `${entityRef} has no ML data: it needs the ${ANNOTATION_MODEL_PACKAGE_GROUP} or ${ANNOTATION_ENDPOINT} annotation, and appears after the next refresh`,
      );
    }
    const { facts } = stored;
    const fields = {
      entityRef,
      refreshedAt: facts.refreshedAt?.toISOString(),
      stale: facts.stale,
      error: facts.error,
      ...(part === 'checks' && {
        evaluatedAt: facts.evaluatedAt?.toISOString(),
        profile: facts.profile,
        score: facts.score,
        failed: facts.failed,
      }),
    };
    const head = JSON.stringify(fields);
    res
      .type('application/json')
      .send(`${head.slice(0, -1)},"${key}":${stored.json}}`);
  }

  /** The entities the caller may read, for fleet-wide routes; `undefined` when all of them. */
  async function visibleRefs(
    credentials: BackstageCredentials,
  ): Promise<VisibleRefs> {
    const [decision] = await permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return undefined;
    if (decision.result === AuthorizeResult.DENY) return [];
    const { items } = await catalog.getEntities(
      {
        filter: annotatedEntitiesFilter,
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    return items.map(e => stringifyEntityRef(e));
  }

  /** Answers from the fleet cache, per query and per set of entities the caller may read. */
  async function sendCachedFleet(
    res: express.Response,
    route: string,
    query: object,
    visible: VisibleRefs,
    compute: () => Promise<object>,
  ) {
    const audience = visible
      ? createHash('sha256').update(visible.join('\n')).digest('base64url')
      : 'all';
    const json = await fleetCache.json(
      `${route}:${audience}:${JSON.stringify(query)}`,
      compute,
    );
    res.type('application/json').send(json);
  }

  router.get('/entities/:kind/:namespace/:name/models', (req, res) =>
    sendPart(req, res, 'models', 'groups'),
  );

  router.get('/entities/:kind/:namespace/:name/drift', (req, res) =>
    sendPart(req, res, 'endpoints', 'endpoints'),
  );

  router.get('/entities/:kind/:namespace/:name/compliance', (req, res) =>
    sendPart(req, res, 'checks', 'checks'),
  );

  router.post('/entities/:kind/:namespace/:name/refresh', async (req, res) => {
    const { entity, entityRef, credentials } = await readableEntity(req);
    const [decision] = await permissions.authorize(
      [{ permission: mlopsRefreshPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        'Refreshing ML data needs the mlops.refresh permission',
      );
    }
    if (!isMlopsAvailable(entity)) {
      throw new NotFoundError(`${entityRef} has no ML annotations`);
    }
    const event = await auditor.createEvent({
      eventId: 'entity-refresh',
      request: req,
      meta: { entityRef },
    });
    try {
      const [result] = await refresh.refreshEntities([entity]);
      await event.success({ meta: { stale: Boolean(result.error) } });
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
    const snapshot = await store.getSnapshot(entityRef);
    res.json({
      entityRef,
      refreshedAt: snapshot?.refreshedAt?.toISOString(),
      stale: snapshot?.stale ?? true,
      error: snapshot?.error,
    });
  });

  router.post('/entities/:kind/:namespace/:name/evidence', async (req, res) => {
    // Pipelines only: a person cannot vouch for what their CI found.
    const credentials = await httpAuth.credentials(req, { allow: ['service'] });
    const { entity, entityRef } = await entityOf(req, credentials);
    const { kind, ...report } = req.body as EvidenceSubmission;
    const event = await auditor.createEvent({
      eventId: 'evidence-submit',
      request: req,
      meta: { entityRef, kind },
    });
    try {
      await store.saveSubmittedEvidence({
        entityRef,
        kind,
        submittedBy: credentials.principal.subject,
        submittedAt: new Date(),
        payload: report,
      });
      await refresh.reevaluate(entity);
      await event.success();
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
    res.status(202).json({ entityRef, kind });
  });

  router.get('/compliance', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const visible = await visibleRefs(credentials);
    await sendCachedFleet(res, 'compliance', req.query, visible, () =>
      store.listFleet(req.query as FleetQuery, visible),
    );
  });

  router.get('/compliance/owners', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const visible = await visibleRefs(credentials);
    await sendCachedFleet(res, 'owners', {}, visible, async () => ({
      items: await store.summarizeOwners(visible),
    }));
  });

  router.get('/compliance/export', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const query = req.query as FleetQuery;
    const event = await auditor.createEvent({
      eventId: 'fleet-export',
      request: req,
      meta: { query: { ...query } },
    });
    const visible = await visibleRefs(credentials);
    const rows: FleetRow[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listFleet(
        { ...query, limit: 500, cursor },
        visible,
      );
      rows.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && rows.length < EXPORT_LIMIT);
    await event.success({
      meta: { rows: Math.min(rows.length, EXPORT_LIMIT) },
    });
    res
      .type('text/csv')
      .attachment('ml-compliance.csv')
      .send(fleetCsv(rows.slice(0, EXPORT_LIMIT)));
  });

  router.get('/models', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const visible = await visibleRefs(credentials);
    await sendCachedFleet(res, 'models', req.query, visible, () =>
      store.listModelGroups(req.query, visible),
    );
  });

  router.get('/checks', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json({ items: engine.listChecks() });
  });

  return express
    .Router()
    .use(express.json({ limit: EVIDENCE_LIMIT }))
    .use(router);
}
