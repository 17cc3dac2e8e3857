import { InputError } from '@backstage/errors';
import express from 'express';

/** Seconds a client waits before trying again when the database is unavailable. */
const RETRY_AFTER_SECONDS = 5;

/** A request refused for now: the caller may try again after `retryAfterSeconds`. */
export class TooManyRequestsError extends Error {
  readonly name = 'TooManyRequestsError';
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}

/**
 * 429 and 503 say when to try again. Backstage's error handler writes the body of every other error
 * (and of the 503: a sentence, no internal detail); it knows no 429, so that one is written here.
 */
export function retryHints(
  error: Error,
  req: express.Request,
  res: express.Response,
  next: express.NextFunction,
) {
  if (error instanceof TooManyRequestsError) {
    res
      .status(429)
      .set('Retry-After', String(error.retryAfterSeconds))
      .json({
        error: { name: error.name, message: error.message },
        request: { method: req.method, url: req.originalUrl },
        response: { statusCode: 429 },
      });
    return;
  }
  if (error.name === 'ServiceUnavailableError') {
    res.set('Retry-After', String(RETRY_AFTER_SECONDS));
  }
  next(error);
}

/** JSON bodies up to `limit`; a body that is not JSON is a 400 that says so, not a parser's message. */
export function jsonBodies(
  limit: string,
): [express.RequestHandler, express.ErrorRequestHandler] {
  return [
    express.json({ limit }),
    (error, _req, _res, next) =>
      next(
        error?.type === 'entity.parse.failed'
          ? new InputError('The request body is not valid JSON')
          : error,
      ),
  ];
}
