import { MlopsClient } from './MlopsClient';

describe('MlopsClient', () => {
  const discoveryApi = {
    getBaseUrl: async () => 'http://localhost:7007/api/mlops',
  };

  it('calls the entity and fleet routes with encoded paths and queries', async () => {
    const fetch = jest.fn(
      async () => new Response(JSON.stringify({ items: [] }), { status: 200 }),
    );
    const client = new MlopsClient({ discoveryApi, fetchApi: { fetch } });
    await client.getEntity('component:default/fraud-scoring-api');
    await client.getFleet({
      owner: 'group:default/fraud-ml',
      severity: 'high',
      limit: 20,
    });
    expect(fetch.mock.calls.map(c => (c as unknown[])[0])).toEqual([
      'http://localhost:7007/api/mlops/entities/component/default/fraud-scoring-api',
      'http://localhost:7007/api/mlops/compliance?owner=group%3Adefault%2Ffraud-ml&severity=high&limit=20',
    ]);
  });

  it('posts a decision as JSON to the discovered base URL, in a form fetch middlewares can read twice', async () => {
    const sent: { url: string; method: string; body: unknown }[] = [];
    // Like Backstage's fetchApi: a middleware builds a request on its input, then passes the input on.
    const fetch = jest.fn(async (input: RequestInfo, init?: RequestInit) => {
      expect(new Request(input, init).url).toContain('/approvals');
      const request = new Request(input, init);
      sent.push({
        url: request.url,
        method: request.method,
        body: await request.json(),
      });
      return new Response(JSON.stringify({ status: 'Approved' }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    const client = new MlopsClient({
      discoveryApi,
      fetchApi: { fetch: fetch as typeof globalThis.fetch },
    });
    const body = {
      versionArn:
        'arn:aws:sagemaker:eu-west-1:111122223333:model-package/fraud-scoring-xgb/13',
      status: 'Approved' as const,
      comment: 'AUC above the gate',
    };
    await client.decideModelVersion(
      'component:default/fraud-scoring-api',
      body,
    );
    expect(sent).toEqual([
      {
        url: 'http://localhost:7007/api/mlops/entities/component/default/fraud-scoring-api/approvals',
        method: 'POST',
        body,
      },
    ]);
  });

  it('throws the backend error with its status', async () => {
    const body = {
      error: {
        name: 'NotFoundError',
        message: 'Entity component:default/x not found',
      },
      response: { statusCode: 404 },
    };
    const fetch = jest.fn(
      async () =>
        new Response(JSON.stringify(body), {
          status: 404,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const client = new MlopsClient({ discoveryApi, fetchApi: { fetch } });
    await expect(client.getEntity('component:default/x')).rejects.toMatchObject(
      {
        name: 'ResponseError',
        statusCode: 404,
      },
    );
  });
});
