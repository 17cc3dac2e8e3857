import { ModelGroup } from '@aidlc/plugin-mlops-common';
import { ModelCardEvidence } from './LifecycleEvidence';

/** The model cards of the groups' versions, as evidence for the model card check. @public */
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
