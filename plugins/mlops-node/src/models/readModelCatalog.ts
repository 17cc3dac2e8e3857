import { MlopsClient, ModelCatalogRow } from '@aidlc/plugin-mlops-common';
import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';

/** Every model group the mlops backend knows, page by page, with the calling plugin's service token. @public */
export async function readModelCatalog(
  discovery: DiscoveryService,
  auth: AuthService,
): Promise<ModelCatalogRow[]> {
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: await auth.getOwnServiceCredentials(),
    targetPluginId: 'mlops',
  });
  const client = new MlopsClient({
    discoveryApi: discovery,
    fetchApi: {
      fetch: (input, init) => {
        const request = new Request(input, init);
        request.headers.set('Authorization', `Bearer ${token}`);
        return fetch(request);
      },
    },
  });
  const rows: ModelCatalogRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.getModelCatalog({ limit: 500, cursor });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}
