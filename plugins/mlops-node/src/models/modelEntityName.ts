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
