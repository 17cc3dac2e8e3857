import { CacheService } from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';

/**
 * Reads each AWS resource at most once per refresh (many entities share a bucket, a key or a role)
 * and keeps what it read in Backstage's cache service for a while, so a steady-state refresh
 * does not describe again what cannot have changed. With Redis as the cache store, replicas share it.
 */
export class ResourceCache {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly cache: CacheService) {}

  /** How long to keep what AWS never changes once created (versions, configs, finished jobs) */
  static readonly IMMUTABLE_TTL_MS = 86_400_000;

  /** `read` must give plain JSON data (no dates, no classes): it goes through the cache store. */
  read<T>(key: string, ttlMs: number, read: () => Promise<T>): Promise<T> {
    let value = this.inFlight.get(key) as Promise<T> | undefined;
    if (!value) {
      value = this.readThrough(key, ttlMs, read);
      this.inFlight.set(key, value);
    }
    return value;
  }

  private async readThrough<T>(
    key: string,
    ttlMs: number,
    read: () => Promise<T>,
  ): Promise<T> {
    const hit = await this.cache.get<{ v: JsonValue }>(key);
    if (hit) return (hit.v ?? undefined) as T;
    const value = await read();
    // Wrapped, so that "no such thing" (undefined) is remembered too.
    await this.cache.set(
      key,
      { v: (value ?? null) as JsonValue },
      { ttl: ttlMs },
    );
    return value;
  }
}
