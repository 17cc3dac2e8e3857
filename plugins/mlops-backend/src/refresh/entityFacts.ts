import {
  ANNOTATION_COMPLIANCE_PROFILE,
  ANNOTATION_DATA_CLASSIFICATION,
  ANNOTATION_MODEL_APPROVERS,
} from '@aidlc/plugin-mlops-common';
import { DATA_CLASSIFICATIONS } from '@aidlc/plugin-mlops-node';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { EntityFacts } from '../database/EntitySnapshot';

/** Outside text as stored: no control characters (PostgreSQL refuses NUL), trimmed, at most `max` characters. */
export function boundedText(value: unknown, max: number): string {
  const text = String(value ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Most refs read from the approvers annotation. */
const MAX_APPROVERS = 20;

/** An owner or system as a full entity ref in lower case, as permission rules compare them. */
function refOf(value: unknown, defaultKind: string, namespace: string) {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: namespace }),
    ).toLocaleLowerCase('en-US');
  } catch {
    // The catalog reports malformed refs itself; keep it as written, so it matches no rule.
    return boundedText(value, 255).toLocaleLowerCase('en-US');
  }
}

/**
 * The catalog facts of an entity that the store keeps beside its snapshot, bounded: a 300-character
 * title or a 10,000-character annotation must not fail the write of the entity's error.
 */
export function entityFacts(entity: Entity): EntityFacts {
  const namespace = entity.metadata.namespace ?? 'default';
  const spec = (entity.spec ?? {}) as { owner?: unknown; system?: unknown };
  const annotations = entity.metadata.annotations ?? {};
  const classification = annotations[ANNOTATION_DATA_CLASSIFICATION]?.trim();
  const owner = refOf(spec.owner, 'group', namespace) ?? 'unknown';
  const approvers = String(annotations[ANNOTATION_MODEL_APPROVERS] ?? '')
    .split(',')
    .slice(0, MAX_APPROVERS)
    .map(ref => refOf(ref, 'group', namespace))
    .filter((ref): ref is string => Boolean(ref));
  return {
    entityRef: stringifyEntityRef(entity),
    title: boundedText(entity.metadata.title || entity.metadata.name, 500),
    owner,
    system: refOf(spec.system, 'system', namespace),
    // An invalid profile is kept as written (bounded), so no rule about a real profile matches it.
    profile:
      boundedText(annotations[ANNOTATION_COMPLIANCE_PROFILE], 63) || 'standard',
    dataClassification: (DATA_CLASSIFICATIONS as readonly string[]).includes(
      classification ?? '',
    )
      ? classification
      : undefined,
    approvers: approvers.length > 0 ? approvers : [owner],
  };
}
