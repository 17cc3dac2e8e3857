import { ModelCard, ModelGroup } from '@aidlc/plugin-mlops-common';

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
