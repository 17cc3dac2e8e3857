import { ModelCard } from '@aidlc/plugin-mlops-common';
import { AwsClients } from './AwsClients';
import { EvidenceGaps, readSection } from './awsErrors';
import { MAX_MODEL_CARDS, readModelCards } from './registry/readModelCards';
import { AwsSourceConfig } from './AwsSourceConfig';
import {
  EndpointDriftMetrics,
  readDriftMetrics,
} from './drift/readDriftMetrics';
import {
  AccountEvidence,
  readAccountEvidence,
} from './evidence/readAccountEvidence';
import { Network, readNetwork } from './evidence/readNetwork';
import { ResourceCache } from './ResourceCache';
import { EntityScan } from './scanEntity';

/** What every entity of one account and region shares: account evidence, network, drift metrics, model cards */
export interface LocationFacts {
  account: AccountEvidence;
  network: Network;
  drift: Map<string, EndpointDriftMetrics>;
  /** The model cards by the model package they document; absent when they could not be read */
  modelCards?: Map<string, ModelCard>;
  /** Why the model cards could not be read */
  modelCardGaps: EvidenceGaps;
}

/**
 * Reads what the entities of one location share, once for all of them: account evidence (cached),
 * the network around their models and jobs, the drift metrics of their endpoints and the model cards.
 */
export async function readLocationFacts(
  config: AwsSourceConfig,
  clients: AwsClients,
  cache: ResourceCache,
  location: string,
  scans: EntityScan[],
  driftLookbackMs: number,
): Promise<LocationFacts> {
  const all = (ids: (s: EntityScan) => Set<string>) =>
    [...new Set(scans.flatMap(s => [...ids(s)]))].sort();
  const modelCardGaps: EvidenceGaps = {};
  const [account, network, drift, modelCards] = await Promise.all([
    cache.read(
      `aws:${location}:account-evidence`,
      config.evidenceCacheTtlMs,
      () => readAccountEvidence(clients),
    ),
    readNetwork(
      clients,
      all(s => s.subnets),
      all(s => s.securityGroups),
    ),
    readDriftMetrics(
      clients,
      scans.flatMap(s => s.endpoints.map(e => e.evidence.name)),
      {
        driftNamespace: config.driftNamespace,
        lookbackMs: driftLookbackMs,
        threshold: config.driftThreshold,
      },
    ),
    readSection(modelCardGaps, 'modelCards', () =>
      readModelCards({
        clients,
        cache,
        location,
        ttlMs: config.evidenceCacheTtlMs,
      }),
    ),
  ]);
  if (modelCards === 'too-many') {
    modelCardGaps.modelCards = `More than ${MAX_MODEL_CARDS} model cards in ${location}: they are not read`;
  }
  return {
    account,
    network,
    drift,
    modelCards: modelCards === 'too-many' ? undefined : modelCards,
    modelCardGaps,
  };
}
