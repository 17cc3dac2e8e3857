import { AwsClients } from './AwsClients';
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

/** What every entity of one account and region shares: account evidence, network, drift metrics */
export interface LocationFacts {
  account: AccountEvidence;
  network: Network;
  drift: Map<string, EndpointDriftMetrics>;
}

/**
 * Reads what the entities of one location share, once for all of them: account evidence (cached),
 * the network around their models and jobs, and the drift metrics of their endpoints.
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
  const [account, network, drift] = await Promise.all([
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
  ]);
  return { account, network, drift };
}
