import { AsyncLocalStorage } from 'node:async_hooks';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/**
 * The abort signal of the refresh that is running: the scheduler's, handed to `AwsSource.read`. Every
 * AWS call made while it runs (paginators and cached reads included) sees it through this scope,
 * without each of them passing it along.
 */
export const awsAbortScope = new AsyncLocalStorage<AbortSignal>();

/** The SDK's HTTP handler, aborting its request when the running refresh's signal fires. */
export class AbortableHttpHandler extends NodeHttpHandler {
  handle(...[request, options]: Parameters<NodeHttpHandler['handle']>) {
    return super.handle(request, {
      ...options,
      abortSignal: options?.abortSignal ?? awsAbortScope.getStore(),
    });
  }
}
