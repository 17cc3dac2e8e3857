import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { readFileSync } from 'node:fs';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { resolve } from 'node:path';
import { parse } from 'yaml';

// The local Redis, which scripts/test-all.mjs finds at 127.0.0.1:6379.
const redisUrl = process.env.AIDLC_TEST_REDIS_URL;
const describeOnRedis = redisUrl ? describe : describe.skip;

/** A TCP relay to Redis that can drop every connection and refuse new ones, as a failover does. */
class RedisRelay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: URL) {}

  async up() {
    this.server = createServer(client => {
      const redis = new Socket().connect(
        Number(this.target.port || 6379),
        this.target.hostname,
      );
      for (const socket of [client, redis]) {
        this.sockets.add(socket);
        socket.on('error', () => {});
        socket.on('close', () => this.sockets.delete(socket));
      }
      client.pipe(redis).pipe(client);
      client.on('close', () => redis.destroy());
      redis.on('close', () => client.destroy());
    });
    await new Promise<void>(ready => this.server!.listen(this.port, ready));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  async down() {
    const closed = new Promise(done => this.server?.close(done));
    this.sockets.forEach(s => s.destroy());
    await closed;
  }
}

/** app-config.production.yaml's cache section, pointed at `url`. */
function productionCache(url: string) {
  const file = resolve(__dirname, '../../../../app-config.production.yaml');
  const { cache } = parse(readFileSync(file, 'utf8')).backend;
  return {
    ...cache,
    connection: { ...cache.connection, url },
    redis: { client: { namespace: `aidlc-outage-${process.pid}` } },
  };
}

describeOnRedis('the production cache when Redis goes away', () => {
  const relay = new RedisRelay(new URL(redisUrl ?? 'redis://x'));

  beforeAll(() => relay.up());
  afterAll(() => relay.down());

  it('misses while Redis is away, then reconnects and caches again', async () => {
    const errors: Error[] = [];
    const cache = CacheManager.fromConfig(
      new ConfigReader({
        backend: { cache: productionCache(`redis://127.0.0.1:${relay.port}`) },
      }),
      { logger: mockServices.logger.mock(), onError: e => errors.push(e) },
    ).forPlugin('outage');
    await cache.set('answer', { v: 1 });
    await expect(cache.get('answer')).resolves.toEqual({ v: 1 });

    await relay.down();
    // The client learns of the drop from the socket; a read then misses instead of waiting.
    await expect(cache.get('answer')).resolves.toBeUndefined();
    await expect(cache.set('other', 2)).resolves.toBeUndefined();
    expect(errors.length).toBeGreaterThan(0);

    await relay.up();
    // The client reconnects by itself (node-redis retries every half second at most).
    let value;
    for (let tries = 0; value === undefined && tries < 100; tries++) {
      await new Promise(r => setTimeout(r, 200));
      value = await cache.get('answer');
    }
    expect(value).toEqual({ v: 1 });
    await cache.delete('answer');
  }, 60_000);
});
