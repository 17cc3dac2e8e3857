import {
  CacheService,
  CacheServiceOptions,
  CacheServiceSetOptions,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';

/** How long a cache call may take before it counts as a miss (Redis answers in milliseconds). */
export const CACHE_CALL_TIMEOUT_MS = 2_000;

/**
 * Backstage's cache service with every call cut off after `timeoutMs`. The cache only saves work, so
 * when its store stops answering (Redis failing over, a connection that died without closing) a
 * read misses and a write is skipped, instead of holding a request or a refresh for ever. The
 * first failure of an outage is logged, and the recovery.
 */
export function boundedCache(
  cache: CacheService,
  logger: LoggerService,
  timeoutMs = CACHE_CALL_TIMEOUT_MS,
): CacheService {
  let failing = false;
  const bounded = async <T>(
    operation: string,
    call: () => Promise<T>,
  ): Promise<T | undefined> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await Promise.race([
        call(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${timeoutMs} ms`)),
            timeoutMs,
          );
        }),
      ]);
      if (failing) logger.info('The cache answers again');
      failing = false;
      return result;
    } catch (error) {
      if (!failing) {
        logger.warn(
          `The cache failed a ${operation} (${error}); reads miss and writes are skipped until it answers`,
        );
      }
      failing = true;
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    get: <T extends JsonValue>(key: string) =>
      bounded('get', () => cache.get<T>(key)),
    set: async (
      key: string,
      value: JsonValue,
      options?: CacheServiceSetOptions,
    ) => {
      await bounded('set', () => cache.set(key, value, options));
    },
    delete: async (key: string) => {
      await bounded('delete', () => cache.delete(key));
    },
    withOptions: (options: CacheServiceOptions) =>
      boundedCache(cache.withOptions(options), logger, timeoutMs),
  };
}
