import {
  CacheService,
  CacheServiceOptions,
  CacheServiceSetOptions,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';

/** How long a cache call may take before it counts as a miss (Redis answers in milliseconds). */
export const CACHE_CALL_TIMEOUT_MS = 2_000;

/** Deadlines are grouped in slots of this length: one timer a slot, not one a call. */
const SLOT_MS = 100;

/**
 * Cuts calls off after `timeoutMs` (to `SLOT_MS` more). A refresh makes a million cache calls: a timer
 * each would cost more than the calls. A slot's timer rejects every call whose deadline falls in it;
 * for a call answered since, the rejection is a no-op.
 */
class Deadlines {
  private readonly slots = new Map<number, Array<(error: Error) => void>>();

  constructor(private readonly timeoutMs: number) {}

  race<T>(call: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.slot().push(reject);
      call.then(resolve, reject);
    });
  }

  private slot() {
    const end = Math.ceil((Date.now() + this.timeoutMs) / SLOT_MS) * SLOT_MS;
    const known = this.slots.get(end);
    if (known) return known;
    const due: Array<(error: Error) => void> = [];
    this.slots.set(end, due);
    setTimeout(() => {
      this.slots.delete(end);
      const error = new Error(`no answer within ${this.timeoutMs} ms`);
      due.forEach(reject => reject(error));
    }, end - Date.now());
    return due;
  }
}

/** Marks a cache this function returned (Symbol.for: one mark across copies of this package). */
const BOUNDED = Symbol.for('@aidlc/plugin-mlops-node/boundedCache');

/**
 * Backstage's cache service with every call cut off after `timeoutMs`. The cache only saves work, so
 * when its store stops answering (Redis failing over, a connection that died without closing) a
 * read misses and a write is skipped, instead of holding a request or a refresh for ever. The
 * first failure of an outage is logged, and the recovery. A cache already bounded (a portal's cache
 * service may be) is returned as it is, so no call is raced twice.
 */
export function boundedCache(
  cache: CacheService,
  logger: LoggerService,
  timeoutMs = CACHE_CALL_TIMEOUT_MS,
): CacheService {
  if (BOUNDED in cache) return cache;
  const deadlines = new Deadlines(timeoutMs);
  let failing = false;
  const answered = <T>(value: T) => {
    if (failing) logger.info('The cache answers again');
    failing = false;
    return value;
  };
  const failed = (operation: string) => (error: unknown) => {
    if (!failing) {
      logger.warn(
        `The cache failed a ${operation} (${error}); reads miss and writes are skipped until it answers`,
      );
    }
    failing = true;
    return undefined;
  };
  const failedGet = failed('get');
  const failedSet = failed('set');
  const failedDelete = failed('delete');
  const bounded: CacheService & { [BOUNDED]: true } = {
    [BOUNDED]: true,
    get: <T extends JsonValue>(key: string) =>
      deadlines.race(cache.get<T>(key)).then(answered, failedGet),
    set: (key: string, value: JsonValue, options?: CacheServiceSetOptions) =>
      deadlines.race(cache.set(key, value, options)).then(answered, failedSet),
    delete: (key: string) =>
      deadlines.race(cache.delete(key)).then(answered, failedDelete),
    withOptions: (options: CacheServiceOptions) =>
      boundedCache(cache.withOptions(options), logger, timeoutMs),
  };
  return bounded;
}
