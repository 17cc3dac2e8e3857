/* eslint-disable new-cap -- openapi-fetch names its methods after the HTTP verbs (client.GET) */
import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import createClient, { Client, Middleware } from 'openapi-fetch';
import { MlopsApi } from './MlopsApi';
import {
  CheckCatalog,
  EntityMlData,
  FleetExportQuery,
  FleetPage,
  FleetQuery,
  ModelCatalogPage,
  ModelCatalogQuery,
  OwnerSummaries,
} from './types';
import type { paths } from './schema/openapi.generated';

/** The parts of Backstage's discovery and fetch APIs the client needs (frontend and backend have both). @public */
export interface MlopsClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi?: { fetch: typeof fetch };
}

/** Turns an error answer into Backstage's `ResponseError`, with the backend's status and message. */
const throwOnError: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return undefined;
  },
};

/**
 * Client of the mlops REST API (`/api/mlops`). Paths, parameters and answers are typed by the types
 * generated from the backend's OpenAPI spec (`schema/openapi.generated.ts`), so the client and the
 * spec cannot drift apart unnoticed.
 * @public
 */
export class MlopsClient implements MlopsApi {
  private readonly discoveryApi: MlopsClientOptions['discoveryApi'];
  private readonly client: Client<paths>;

  constructor(options: MlopsClientOptions) {
    this.discoveryApi = options.discoveryApi;
    const fetchApi = options.fetchApi ?? { fetch };
    this.client = createClient<paths>({
      fetch: request => fetchApi.fetch(request),
    });
    this.client.use(throwOnError);
  }

  async getEntity(entityRef: string): Promise<EntityMlData> {
    const { data } = await this.client.GET(
      '/entities/{kind}/{namespace}/{name}',
      {
        baseUrl: await this.baseUrl(),
        params: { path: entityPath(entityRef) },
      },
    );
    return data!;
  }

  async refresh(entityRef: string): Promise<void> {
    await this.client.POST('/entities/{kind}/{namespace}/{name}/refresh', {
      baseUrl: await this.baseUrl(),
      params: { path: entityPath(entityRef) },
    });
  }

  async getFleet(query: FleetQuery = {}): Promise<FleetPage> {
    const { data } = await this.client.GET('/compliance', {
      baseUrl: await this.baseUrl(),
      params: { query: withoutEmpty(query) },
    });
    return data!;
  }

  async getFleetByOwner(): Promise<OwnerSummaries> {
    const { data } = await this.client.GET('/compliance/owners', {
      baseUrl: await this.baseUrl(),
    });
    return data!;
  }

  async exportFleet(query: FleetExportQuery = {}): Promise<string> {
    const { data } = await this.client.GET('/compliance/export', {
      baseUrl: await this.baseUrl(),
      params: { query: withoutEmpty(query) },
      parseAs: 'text',
    });
    return data!;
  }

  async getModelCatalog(
    query: ModelCatalogQuery = {},
  ): Promise<ModelCatalogPage> {
    const { data } = await this.client.GET('/models', {
      baseUrl: await this.baseUrl(),
      params: { query: withoutEmpty(query) },
    });
    return data!;
  }

  async getChecks(): Promise<CheckCatalog> {
    const { data } = await this.client.GET('/checks', {
      baseUrl: await this.baseUrl(),
    });
    return data!;
  }

  private baseUrl() {
    return this.discoveryApi.getBaseUrl('mlops');
  }
}

function entityPath(entityRef: string) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return { kind, namespace, name };
}

/** Empty filters mean "no filter": leave them out of the query. */
function withoutEmpty<T extends object>(query: T): T {
  return Object.fromEntries(
    Object.entries(query).filter(([, v]) => v !== undefined && v !== ''),
  ) as T;
}
