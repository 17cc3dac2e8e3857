import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, toError } from '@backstage/errors';

/** Error codes of a database that cannot answer: connection exceptions, shutdowns, cancelled statements. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '57014', // query_canceled: statement_timeout
  '53300', // too_many_connections
  '55P03', // lock_not_available
]);

/** True when the error says the database is unreachable or did not answer in time, not that a query was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; name?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  return (
    UNAVAILABLE_CODES.has(code) ||
    code.startsWith('08') || // PostgreSQL connection exceptions
    e?.name === 'KnexTimeoutError' ||
    /Connection terminated|not queryable|connection.*closed/i.test(
      String(e?.message ?? ''),
    )
  );
}

/**
 * Bounds every database call: an outage or a stall answers `ServiceUnavailableError` (503) within
 * `timeoutMs`, with no internal detail; the cause goes to the log. The pool recovers by itself once the
 * database answers again, so nothing needs a restart.
 */
export class DatabaseDeadline {
  constructor(
    readonly timeoutMs: number,
    private readonly logger: LoggerService,
  ) {}

  /**
   * `timeoutMs` defaults to the deadline's own; `onExpired` runs when it passes, so work that is still
   * running can make sure it never takes effect (a write rolls back, see `MlopsDatabase.writeEntity`).
   */
  async run<T>(
    work: () => Promise<T>,
    options: { timeoutMs?: number; onExpired?: () => void } = {},
  ): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        options.onExpired?.();
        reject(this.unavailable(`no answer within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([work(), expired]);
    } catch (error) {
      if (error instanceof ServiceUnavailableError) throw error;
      if (isDatabaseUnavailable(error)) {
        throw this.unavailable(toError(error).message);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private unavailable(cause: string) {
    this.logger.warn(`The mlops database is unavailable: ${cause}`);
    return new ServiceUnavailableError(
      'The ML database is not available right now; try again shortly',
    );
  }
}
