import { ModelGroup, ServingEndpoint } from '@aidlc/plugin-mlops-common';
import { groupDriftStatus } from '../compliance/driftStatus';
import { EntitySnapshot } from './EntitySnapshot';

/**
 * The Model Catalog's rows of one entity: each model group with its latest, approved and served
 * versions, whether an unapproved one serves, and the drift of the endpoints that serve it.
 */
export function modelGroupRows(entityRef: string, snapshot: EntitySnapshot) {
  return snapshot.models.map(group => {
    const served = group.versions.filter(v => v.deployments?.length);
    return {
      entity_ref: entityRef,
      arn: group.arn,
      name: group.name,
      owner: snapshot.owner,
      latest_version: group.versions[0]?.version ?? null,
      latest_status: group.versions[0]?.approvalStatus ?? null,
      approved_version:
        group.versions.find(v => v.approvalStatus === 'Approved')?.version ??
        null,
      drift_status: groupDriftStatus(
        group,
        snapshot.endpoints,
        snapshot.driftStatus,
      ),
      served_versions: JSON.stringify(served.map(v => v.version)),
      serves_unapproved: served.some(v => v.approvalStatus !== 'Approved'),
      serving_endpoints: JSON.stringify(servingEndpoints(group, snapshot)),
    };
  });
}

/**
 * The endpoints that serve the group's versions, each with the versions it serves and, when the
 * entity's inference API validates requests against a schema it holds, how to call it.
 */
function servingEndpoints(
  group: ModelGroup,
  snapshot: EntitySnapshot,
): ServingEndpoint[] {
  const versions = new Map<string, number[]>();
  for (const version of group.versions) {
    for (const { endpoint } of version.deployments ?? []) {
      const served = versions.get(endpoint) ?? [];
      if (!served.includes(version.version)) served.push(version.version);
      versions.set(endpoint, served);
    }
  }
  const api = snapshot.evidence.inferenceApis?.find(
    a => a.invocation,
  )?.invocation;
  return [...versions].map(([name, served]) => ({
    name,
    versions: served,
    ...(api && { api }),
  }));
}
