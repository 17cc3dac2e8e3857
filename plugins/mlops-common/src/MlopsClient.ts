/* eslint-disable new-cap -- openapi-fetch names its methods after the HTTP verbs (client.GET) */
import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import createClient, { Client, Middleware } from 'openapi-fetch';
import { MlopsApi } from './MlopsApi';
import {
  ApprovalRequest,
  FleetExportQuery,
  FleetQuery,
  LifecycleExportQuery,
  LifecycleQuery,
  ModelCatalogQuery,
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

/** Requests are built against this origin, then sent to wherever discovery says the plugin is. */
const PLACEHOLDER = 'http://mlops.plugin';

/**
 * Client of the mlops REST API (`/api/mlops`). Paths, parameters and answers are typed by the types
 * generated from the backend's OpenAPI spec (`schema/openapi.generated.ts`), so the client and the
 * spec cannot drift apart unnoticed.
 * @public
 */
export class MlopsClient implements MlopsApi {
  private readonly client: Client<paths>;

  constructor({ discoveryApi, fetchApi = { fetch } }: MlopsClientOptions) {
    this.client = createClient<paths>({
      baseUrl: PLACEHOLDER,
      // Sent as URL and init, not as a Request: Backstage's fetch middlewares build requests on
      // their input, which a request with a body stream allows only once.
      fetch: async request => {
        const base = await discoveryApi.getBaseUrl('mlops');
        const hasBody = !['GET', 'HEAD'].includes(request.method);
        return fetchApi.fetch(
          `${base}${request.url.slice(PLACEHOLDER.length)}`,
          {
            method: request.method,
            headers: request.headers,
            body: hasBody ? await request.text() : undefined,
            signal: request.signal,
          },
        );
      },
    });
    this.client.use(throwOnError);
  }

  async getEntity(entityRef: string) {
    const { data } = await this.client.GET(
      '/entities/{kind}/{namespace}/{name}',
      { params: { path: entityPath(entityRef) } },
    );
    return data!;
  }

  async refresh(entityRef: string): Promise<void> {
    await this.client.POST('/entities/{kind}/{namespace}/{name}/refresh', {
      params: { path: entityPath(entityRef) },
    });
  }

  async decideModelVersion(entityRef: string, body: ApprovalRequest) {
    const answer = await this.client.POST(
      '/entities/{kind}/{namespace}/{name}/approvals',
      { params: { path: entityPath(entityRef) }, body },
    );
    return answer.data!;
  }

  async getFleet(query: FleetQuery = {}) {
    const params = { query: withoutEmpty(query) };
    return (await this.client.GET('/compliance', { params })).data!;
  }

  async getFleetSummary() {
    return (await this.client.GET('/compliance/summary')).data!;
  }

  async getFleetByOwner() {
    return (await this.client.GET('/compliance/owners')).data!;
  }

  async exportFleet(query: FleetExportQuery = {}) {
    const params = { query: withoutEmpty(query) };
    const answer = await this.client.GET('/compliance/export', {
      params,
      parseAs: 'text',
    });
    return answer.data!;
  }

  async getFleetLifecycle(query: LifecycleQuery = {}) {
    const params = { query: withoutEmpty(query) };
    return (await this.client.GET('/lifecycle', { params })).data!;
  }

  async exportFleetLifecycle(query: LifecycleExportQuery = {}) {
    const params = { query: withoutEmpty(query) };
    const answer = await this.client.GET('/lifecycle/export', {
      params,
      parseAs: 'text',
    });
    return answer.data!;
  }

  async getModelCatalog(query: ModelCatalogQuery = {}) {
    const params = { query: withoutEmpty(query) };
    return (await this.client.GET('/models', { params })).data!;
  }

  async getChecks() {
    return (await this.client.GET('/checks')).data!;
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
