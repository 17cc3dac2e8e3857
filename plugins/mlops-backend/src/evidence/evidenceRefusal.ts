import { isMlopsAvailable } from '@aidlc/plugin-mlops-common';
import { quoteValue } from '@aidlc/plugin-mlops-node';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { EvidenceIdentities } from '../readMlopsConfig';

const PROJECT_SLUG = 'github.com/project-slug';

/** The repository (`owner/name`) in the subject of a GitHub Actions OIDC token: `repo:owner/name:...`. */
function repositoryOf(sub: string): string | undefined {
  return /^repo:([^:/]+\/[^:/]+)(:|$)/.exec(sub)?.[1];
}

/**
 * Why the service with this subject may not post evidence for the entity; undefined when it may. A
 * GitHub Actions token (external access `jwks` with the configured subject prefix) may post for the
 * entity whose `github.com/project-slug` names its repository; a static token only for the entities
 * `mlops.evidence.subjects` maps its subject to. Only ML Components take evidence.
 */
export function evidenceRefusal(
  subject: string,
  entity: Entity,
  identities: EvidenceIdentities,
): string | undefined {
  const entityRef = stringifyEntityRef(entity);
  if (
    entity.kind.toLocaleLowerCase('en-US') !== 'component' ||
    !isMlopsAvailable(entity)
  ) {
    return `${entityRef} takes no evidence: only Components with ML annotations do`;
  }
  const githubPrefix = `external:${identities.githubActionsSubjectPrefix}:`;
  if (subject.startsWith(githubPrefix)) {
    const repository = repositoryOf(subject.slice(githubPrefix.length));
    const slug = entity.metadata.annotations?.[PROJECT_SLUG]?.trim();
    if (!repository) {
      return `The token's subject names no repository (expected repo:<owner>/<name>:...)`;
    }
    if (!slug) {
      return `${entityRef} has no ${PROJECT_SLUG} annotation, so no repository may post evidence for it`;
    }
    if (
      slug.toLocaleLowerCase('en-US') !== repository.toLocaleLowerCase('en-US')
    ) {
      return `The token of repository ${quoteValue(
        repository,
      )} may not post evidence for ${entityRef}, whose ${PROJECT_SLUG} is ${quoteValue(
        slug,
      )}`;
    }
    return undefined;
  }
  if (
    identities.subjects.get(subject)?.has(entityRef.toLocaleLowerCase('en-US'))
  ) {
    return undefined;
  }
  return `${quoteValue(
    subject,
  )} may not post evidence for ${entityRef}: map the subject to the entity in mlops.evidence.subjects, or post with the project's GitHub Actions OIDC token`;
}
