import { createHash } from 'node:crypto';

const MAX_LENGTH = 63;

/**
 * A catalog entity name for a model package group: letters, digits and single `-`, `_` or `.`
 * between them, at most 63 characters (SageMaker allows runs of hyphens, the catalog does not).
 */
export function normalizeModelName(groupName: string): string {
  const name = groupName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/[-_.]{2,}/g, '-')
    .replace(/^[-_.]+|[-_.]+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/[-_.]+$/, '');
  return name || 'model';
}

/** The name with a stable suffix from the group's ARN, for groups whose names collide. */
export function disambiguatedModelName(groupName: string, arn: string): string {
  const suffix = createHash('sha256').update(arn).digest('hex').slice(0, 8);
  const base = normalizeModelName(groupName)
    .slice(0, MAX_LENGTH - suffix.length - 1)
    .replace(/[-_.]+$/, '');
  return `${base}-${suffix}`;
}

/**
 * Catalog names for resources named `name` in `namespace`: each one's normalized name, or, where
 * several normalize to the same name in a namespace, each with a stable suffix from its `id`.
 */
export function uniqueEntityNames(
  resources: { namespace: string; name: string; id: string }[],
): string[] {
  const key = (r: { namespace: string; name: string }) =>
    `${r.namespace}/${normalizeModelName(r.name)}`;
  const counts = new Map<string, number>();
  for (const resource of resources) {
    counts.set(key(resource), (counts.get(key(resource)) ?? 0) + 1);
  }
  return resources.map(r =>
    counts.get(key(r))! > 1
      ? disambiguatedModelName(r.name, r.id)
      : normalizeModelName(r.name),
  );
}
