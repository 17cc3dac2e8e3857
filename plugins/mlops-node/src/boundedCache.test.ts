import { mockServices } from '@backstage/backend-test-utils';
import { CacheService } from '@backstage/backend-plugin-api';
import { boundedCache } from './boundedCache';

/** A cache whose store hangs (never answers) or fails, until told to work again. */
function flakyCache() {
  const working = mockServices.cache.mock();
  const store = new Map<string, unknown>();
  let mode: 'works' | 'hangs' | 'fails' = 'works';
  const call = <T>(answer: () => T): Promise<T> => {
    if (mode === 'hangs') return new Promise<T>(() => {});
    if (mode === 'fails')
      return Promise.reject(new Error('Socket closed unexpectedly'));
    return Promise.resolve(answer());
  };
  working.get.mockImplementation(
    async key => call(() => store.get(key)) as any,
  );
  working.set.mockImplementation(async (key, value) =>
    call(() => void store.set(key, value)),
  );
  working.delete.mockImplementation(async key =>
    call(() => void store.delete(key)),
  );
  working.withOptions.mockImplementation(() => working);
  return {
    cache: working as unknown as CacheService,
    store,
    set: (m: typeof mode) => (mode = m),
  };
}

describe('boundedCache', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers from the store while it answers', async () => {
    const flaky = flakyCache();
    const logger = mockServices.logger.mock();
    const cache = boundedCache(flaky.cache, logger, 2000);
    await cache.set('k', { v: 1 });
    await expect(cache.get('k')).resolves.toEqual({ v: 1 });
    await cache.delete('k');
    await expect(cache.get('k')).resolves.toBeUndefined();
    // The deadlines of calls answered long ago pass without a word
    await jest.advanceTimersByTimeAsync(2100);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('misses a read the store never answers, once the timeout (to 100 ms more) has passed', async () => {
    const flaky = flakyCache();
    flaky.store.set('k', 'cached');
    flaky.set('hangs');
    const cache = boundedCache(flaky.cache, mockServices.logger.mock(), 2000);
    let answered = false;
    const read = cache.get('k').then(v => {
      answered = true;
      return v;
    });
    await jest.advanceTimersByTimeAsync(1999);
    expect(answered).toBe(false);
    await jest.advanceTimersByTimeAsync(101);
    await expect(read).resolves.toBeUndefined();
  });

  it('skips writes and deletes the store never answers', async () => {
    const flaky = flakyCache();
    flaky.set('hangs');
    const cache = boundedCache(flaky.cache, mockServices.logger.mock(), 2000);
    const writes = Promise.all([
      cache.set('k', 'v', { ttl: 1000 }),
      cache.delete('k'),
    ]);
    await jest.advanceTimersByTimeAsync(2100);
    await expect(writes).resolves.toEqual([undefined, undefined]);
  });

  it('turns a failing store into misses, logs the outage once and the recovery', async () => {
    const flaky = flakyCache();
    const logger = mockServices.logger.mock();
    const cache = boundedCache(flaky.cache, logger, 2000);
    await cache.set('k', 'v');
    flaky.set('fails');
    await expect(cache.get('k')).resolves.toBeUndefined();
    await expect(cache.set('k', 'w')).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toContain(
      'Socket closed unexpectedly',
    );

    flaky.set('works');
    await expect(cache.get('k')).resolves.toBe('v');
    expect(logger.info).toHaveBeenCalledWith('The cache answers again');
  });

  it('returns a cache it already bounded as it is, so no call is raced twice', () => {
    const logger = mockServices.logger.mock();
    const once = boundedCache(flakyCache().cache, logger, 2000);
    expect(boundedCache(once, logger, 2000)).toBe(once);
    const derived = once.withOptions({ defaultTtl: 1000 });
    expect(boundedCache(derived, logger)).toBe(derived);
  });

  it('bounds the caches it derives with other options', async () => {
    const flaky = flakyCache();
    flaky.set('hangs');
    const cache = boundedCache(
      flaky.cache,
      mockServices.logger.mock(),
      2000,
    ).withOptions({ defaultTtl: 1000 });
    const read = cache.get('k');
    await jest.advanceTimersByTimeAsync(2100);
    await expect(read).resolves.toBeUndefined();
  });
});
