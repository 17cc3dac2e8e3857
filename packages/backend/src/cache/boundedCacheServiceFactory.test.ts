import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { AddressInfo, createServer, Socket } from 'node:net';
import request from 'supertest';
import { boundedCacheServiceFactory } from './boundedCacheServiceFactory';

/** A plugin that answers with what its cache holds. */
const cachingPlugin = createBackendPlugin({
  pluginId: 'caching',
  register(env) {
    env.registerInit({
      deps: { cache: coreServices.cache, http: coreServices.httpRouter },
      async init({ cache, http }) {
        http.use(async (_req, res) => {
          await cache.set('answer', 42);
          res.json({ cached: (await cache.get('answer')) ?? null });
        });
        http.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
      },
    });
  },
});

describe('boundedCacheServiceFactory', () => {
  it("answers a plugin's request when its Redis accepts connections but never replies", async () => {
    // A Redis whose host vanished behind an open connection: accepted, then silence
    const sockets = new Set<Socket>();
    const silent = createServer(socket => sockets.add(socket));
    await new Promise<void>(ready => silent.listen(0, '127.0.0.1', ready));
    const { port } = silent.address() as AddressInfo;
    const backend = await startTestBackend({
      features: [
        cachingPlugin,
        boundedCacheServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            backend: {
              cache: {
                store: 'redis',
                connection: `redis://127.0.0.1:${port}`,
              },
            },
          },
        }),
      ],
    });
    try {
      const response = await request(backend.server).get('/api/caching');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ cached: null });
    } finally {
      await backend.stop();
      sockets.forEach(s => s.destroy());
      silent.close();
    }
  }, 30_000);

  it('caches as Backstage does when the store answers', async () => {
    const backend = await startTestBackend({
      features: [cachingPlugin, boundedCacheServiceFactory],
    });
    const response = await request(backend.server).get('/api/caching');
    expect(response.body).toEqual({ cached: 42 });
    await backend.stop();
  });
});
