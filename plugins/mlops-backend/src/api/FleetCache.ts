import { CacheService } from '@backstage/backend-plugin-api';

/**
 * Fleet-wide answers (fleet pages, owners, model catalog) cost a scan of every entity but change
 * only when a refresh lands. They are cached as JSON text for a short time; each refresh starts a
 * new generation of keys, so nobody waits for the time to run out to see new results.
 */
export class FleetCache {
  constructor(
    private readonly cache: CacheService,
    private readonly ttlSeconds: number,
  ) {}

  /** Called after the store changed. */
  async invalidate(): Promise<void> {
    await this.cache.set('generation', String(Date.now()));
  }

  async json(key: string, compute: () => Promise<object>): Promise<string> {
    const generation = (await this.cache.get<string>('generation')) ?? '0';
    const fullKey = `${generation}:${key}`;
    let json = await this.cache.get<string>(fullKey);
    if (json === undefined) {
      json = JSON.stringify(await compute());
      await this.cache.set(fullKey, json, {
        ttl: { seconds: this.ttlSeconds },
      });
    }
    return json;
  }
}
