import { quoteValue } from '@aidlc/plugin-mlops-node';
import { toError } from '@backstage/errors';
import { boundedText } from './entityFacts';

/** Longest error message kept for an entity: what a person reads on its ML tab. */
const MAX_ERROR_LENGTH = 1000;

/** What a person reads about a failed refresh of one entity, bounded. */
export function staleMessage(error: unknown): string {
  const e = toError(error);
  if (e.name === 'ServiceUnavailableError') {
    return 'The ML database was not available; the next refresh tries again';
  }
  return boundedText(e.message || quoteValue(String(error)), MAX_ERROR_LENGTH);
}
