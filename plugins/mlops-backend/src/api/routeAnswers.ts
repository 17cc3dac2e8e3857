import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_ENDPOINT,
  ANNOTATION_MODEL_PACKAGE_GROUP,
  mlopsEntityReadPermission,
} from '@aidlc/plugin-mlops-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import express from 'express';
import { EntityFilter } from '../database/entityFilter';
import { MlopsDatabase } from '../database/MlopsDatabase';
import { entityAnswer, EntityParts } from './entityAnswer';
import { FleetCache } from './FleetCache';
import { AnyRequest, routeGuards } from './guards';
import { MlopsAccess } from './MlopsAccess';

/** Whether a fleet answer holds every service, or only those the caller may read. */
export const visibilityOf = (filter: EntityFilter) =>
  'all' in filter ? 'all' : 'limited';

/** A request to an entity route. */
export type EntityRequest = express.Request<{
  kind: string;
  namespace: string;
  name: string;
}>;

/**
 * How read routes answer: an entity route with the stored parts it names, if the caller may read
 * them; a fleet route over the services the caller may read, from the cache or as CSV.
 */
export function routeAnswers(options: {
  access: MlopsAccess;
  fleetCache: FleetCache;
  database: MlopsDatabase;
  audited: ReturnType<typeof routeGuards>['audited'];
  authorize: ReturnType<typeof routeGuards>['authorize'];
  credentials: (req: AnyRequest) => Promise<BackstageCredentials>;
}) {
  const { access, fleetCache, database, audited, authorize, credentials } =
    options;

  /** Answers an entity route with the stored parts it names, if the caller may read them. */
  async function sendEntity(
    req: EntityRequest,
    res: express.Response,
    keys: EntityParts,
  ) {
    const caller = await credentials(req);
    const entityRef = stringifyEntityRef(req.params);
    const stored = await database.snapshots.getSnapshotParts(
      entityRef,
      Object.values(keys),
    );
    if (!stored) {
      throw new NotFoundError(
        `${entityRef} has no ML data: it needs the ${ANNOTATION_MODEL_PACKAGE_GROUP} or ${ANNOTATION_ENDPOINT} annotation, and appears after the next refresh`,
      );
    }
    await authorize(req, caller, mlopsEntityReadPermission, stored.summary);
    res.type('application/json').send(entityAnswer(entityRef, stored, keys));
  }

  /** Answers a fleet route from the cache, per query and per set of entities the caller may read. */
  async function sendFleet(
    req: AnyRequest,
    res: express.Response,
    compute: (filter: EntityFilter) => Promise<object>,
  ) {
    const filter = await access.readableEntities(await credentials(req));
    const json = await fleetCache.json(
      { route: req.path, filter, query: req.query },
      () => compute(filter),
    );
    res.type('application/json').send(json);
  }

  /** Answers an export with the CSV of what the caller may read, as an audited event. */
  async function sendCsv(
    req: AnyRequest,
    res: express.Response,
    event: string,
    filename: string,
    csvOf: (filter: EntityFilter) => Promise<string>,
  ) {
    const filter = await access.readableEntities(await credentials(req));
    const csv = await audited(
      req,
      event,
      { query: JSON.stringify(req.query) },
      () => csvOf(filter),
    );
    res.type('text/csv').attachment(filename).send(csv);
  }

  return { sendEntity, sendFleet, sendCsv };
}
