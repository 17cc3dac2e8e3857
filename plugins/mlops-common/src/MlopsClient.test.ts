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
    expect(
      fetch.mock.calls.map(c => ((c as unknown[])[0] as Request).url),
    ).toEqual([
      'http://localhost:7007/api/mlops/entities/component/default/fraud-scoring-api',
      'http://localhost:7007/api/mlops/compliance?owner=group%3Adefault%2Ffraud-ml&severity=high&limit=20',
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
