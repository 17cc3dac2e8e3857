import { ModelCard, ModelGroup } from '@aidlc/plugin-mlops-common';
import { ModelCardEvidence } from '@aidlc/plugin-mlops-node';

/** The groups with each version's model card, where its location has one for it. */
export function withModelCards(
  groups: ModelGroup[],
  cards: Map<string, ModelCard> | undefined,
): ModelGroup[] {
  if (!cards) return groups;
  return groups.map(group => ({
    ...group,
    versions: group.versions.map(version => {
      const modelCard = cards.get(version.arn);
      return modelCard ? { ...version, modelCard } : version;
    }),
  }));
}

/** The cards of the versions, as evidence for the model card check. */
export function modelCardsOf(groups: ModelGroup[]): ModelCardEvidence[] {
  return groups.flatMap(group =>
    group.versions.flatMap(version =>
      version.modelCard
        ? [
            {
              name: version.modelCard.name,
              modelPackageArn: version.arn,
              status: version.modelCard.status,
            },
          ]
        : [],
    ),
  );
}
