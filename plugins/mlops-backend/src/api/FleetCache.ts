import { CacheService } from '@backstage/backend-plugin-api';
import { createHash } from 'node:crypto';

/**
 * Fleet-wide answers (fleet pages, owners, model catalog) cost a scan of every entity but change
 * only when the stored fleet does. They are cached as JSON text for a short time under the fleet's
 * generation, which lives in the database: a refresh or an evidence post on any replica starts a new
 * generation, and every replica answers from it at once, whatever cache store they share.
 */
export class FleetCache {
  constructor(
    private readonly cache: CacheService,
    private readonly generation: () => Promise<string>,
    private readonly ttlMs: number,
  ) {}

  /** The answer for `key` (route, audience and query), computed when the fleet changed since. */
  async json(key: object, compute: () => Promise<object>): Promise<string> {
    const hash = createHash('sha256')
      .update(JSON.stringify(key))
      .digest('base64url');
    const fullKey = `fleet:${await this.generation()}:${hash}`;
    let json = await this.cache.get<string>(fullKey);
    if (json === undefined) {
      json = JSON.stringify(await compute());
      await this.cache.set(fullKey, json, { ttl: this.ttlMs });
    }
    return json;
  }
}
