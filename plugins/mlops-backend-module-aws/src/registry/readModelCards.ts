import { ModelCard } from '@aidlc/plugin-mlops-common';
import {
  DescribeModelCardCommand,
  paginateListModelCards,
} from '@aws-sdk/client-sagemaker';
import { AwsClients } from '../AwsClients';
import { ResourceCache } from '../ResourceCache';
import { parseModelCard } from './parseModelCard';

/** Most cards read per account and region: beyond it, the cards are a gap rather than half read. */
export const MAX_MODEL_CARDS = 20_000;

/**
 * The model cards of a location by the model package (version) they document: ListModelCards, then
 * DescribeModelCard of each, kept until the card changes (the cache key holds its modification time).
 * Cards that document no model package are left out; a location with more than `MAX_MODEL_CARDS`
 * answers `too-many`, so no card is missed silently.
 */
export async function readModelCards(context: {
  clients: AwsClients;
  cache: ResourceCache;
  location: string;
  ttlMs: number;
}): Promise<Map<string, ModelCard> | 'too-many'> {
  const { clients, cache, location, ttlMs } = context;
  const summaries = await cache.read(
    `aws:${location}:model-cards`,
    ttlMs,
    async () => {
      const listed = [];
      for await (const page of paginateListModelCards(
        { client: clients.sagemaker, pageSize: 100 },
        { SortBy: 'CreationTime', SortOrder: 'Descending' },
      )) {
        for (const s of page.ModelCardSummaries ?? []) {
          listed.push({
            name: s.ModelCardName!,
            modified: (s.LastModifiedTime ?? s.CreationTime)?.toISOString(),
          });
        }
        if (listed.length > MAX_MODEL_CARDS) break;
      }
      return listed;
    },
  );
  if (summaries.length > MAX_MODEL_CARDS) return 'too-many';
  const cards = await Promise.all(
    summaries.map(({ name, modified }) =>
      cache.read(
        `aws:${location}:model-card:${name}:${modified}`,
        ResourceCache.IMMUTABLE_TTL_MS,
        async () => {
          const d = await clients.sagemaker.send(
            new DescribeModelCardCommand({ ModelCardName: name }),
          );
          return parseModelCard({
            name,
            arn: d.ModelCardArn ?? name,
            status: d.ModelCardStatus ?? 'Unknown',
            updatedAt: (d.LastModifiedTime ?? d.CreationTime)?.toISOString(),
            content: d.Content,
          });
        },
      ),
    ),
  );
  const byPackage = new Map<string, ModelCard>();
  for (const { card, modelPackageArn } of cards) {
    // The newest card of a package wins (they are listed newest first); an archived one only alone
    const known = modelPackageArn && byPackage.get(modelPackageArn);
    if (
      modelPackageArn &&
      (!known || (known.status === 'Archived' && card.status !== 'Archived'))
    ) {
      byPackage.set(modelPackageArn, card);
    }
  }
  return byPackage;
}
