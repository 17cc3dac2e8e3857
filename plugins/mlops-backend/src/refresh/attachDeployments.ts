import { ModelGroup } from '@aidlc/plugin-mlops-common';
import { EndpointEvidence } from '@aidlc/plugin-mlops-node';

/**
 * The model groups with, on each version, the endpoint variants that serve it: from each variant's
 * model packages, or, for a variant whose packages the source did not say, the endpoint's only one.
 */
export function attachDeployments(
  groups: ModelGroup[],
  endpoints: EndpointEvidence[] = [],
): ModelGroup[] {
  const served = new Map<
    string,
    NonNullable<ModelGroup['versions'][0]['deployments']>
  >();
  for (const endpoint of endpoints) {
    const total = endpoint.variants.reduce(
      (sum, v) => sum + (v.weight ?? 1),
      0,
    );
    for (const variant of endpoint.variants) {
      const packages =
        variant.modelPackages ??
        (endpoint.servedModelPackages.length === 1
          ? endpoint.servedModelPackages
          : []);
      for (const arn of packages) {
        const list = served.get(arn) ?? [];
        list.push({
          endpoint: endpoint.name,
          variant: variant.name,
          trafficShare: total > 0 ? (variant.weight ?? 1) / total : 0,
          instanceCount: variant.instanceCount,
          ...(variant.serverless ? { serverless: true } : {}),
          ...(endpoint.updatedAt ? { since: endpoint.updatedAt } : {}),
        });
        served.set(arn, list);
      }
    }
  }
  return groups.map(group => ({
    ...group,
    versions: group.versions.map(({ deployments: _, ...version }) => {
      const deployments = served.get(version.arn);
      return deployments ? { ...version, deployments } : version;
    }),
  }));
}
