import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityComplianceResponse,
  EntityDriftResponse,
  EntityModelsResponse,
  FleetPage,
  FleetQuery,
  MlopsApi,
  ModelCatalogPage,
  OwnerSummary,
} from './MlopsApi';
import { CheckDescription } from './Compliance';

/** The parts of Backstage's discovery and fetch APIs the client needs (frontend and backend have both). @public */
export interface MlopsClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi?: { fetch: typeof fetch };
}

/** Client of the mlops REST API (`/api/mlops`). @public */
export class MlopsClient implements MlopsApi {
  private readonly discoveryApi: MlopsClientOptions['discoveryApi'];
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: MlopsClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch };
  }

  getModels(entityRef: string) {
    return this.request<EntityModelsResponse>(
      `${entityPath(entityRef)}/models`,
    );
  }

  getDrift(entityRef: string) {
    return this.request<EntityDriftResponse>(`${entityPath(entityRef)}/drift`);
  }

  getCompliance(entityRef: string) {
    return this.request<EntityComplianceResponse>(
      `${entityPath(entityRef)}/compliance`,
    );
  }

  async refresh(entityRef: string) {
    await this.request(`${entityPath(entityRef)}/refresh`, { method: 'POST' });
  }

  getFleet(query: FleetQuery = {}) {
    return this.request<FleetPage>(`/compliance${queryString(query)}`);
  }

  getFleetByOwner() {
    return this.request<{ items: OwnerSummary[] }>('/compliance/owners');
  }

  async exportFleet(query: Omit<FleetQuery, 'limit' | 'cursor'> = {}) {
    const response = await this.fetch(
      `/compliance/export${queryString(query)}`,
    );
    return response.text();
  }

  getModelCatalog(query: { q?: string; limit?: number; cursor?: string } = {}) {
    return this.request<ModelCatalogPage>(`/models${queryString(query)}`);
  }

  getChecks() {
    return this.request<{ items: CheckDescription[] }>('/checks');
  }

  private async request<T = unknown>(
    path: string,
    init?: RequestInit,
  ): Promise<T> {
    const response = await this.fetch(path, init);
    return response.status === 204 ? (undefined as T) : response.json();
  }

  private async fetch(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('mlops');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}

function entityPath(entityRef: string) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/entities/${[kind, namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}

function queryString(query: object) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
