import { modelEntities } from '@aidlc/plugin-mlops-node';
import { Entity } from '@backstage/catalog-model';
import { modelDocumentTransformer } from './modelDocuments';

describe('modelDocumentTransformer', () => {
  it("adds a model's approval and serving state to its catalog document", () => {
    const [model] = modelEntities([
      {
        entityRef: 'component:default/search-ranking-service',
        owner: 'group:default/personalization-ml',
        system: 'system:default/secure-ml-platform',
        group: 'search-query-intent',
        arn: 'arn:aws:sagemaker:us-east-1:444455556666:model-package-group/search-query-intent',
        latestVersion: 3,
        latestStatus: 'PendingManualApproval',
        approvedVersion: 2,
        servedVersions: [3],
        servesUnapproved: true,
        driftStatus: 'unknown',
      },
    ]);
    expect(modelDocumentTransformer(model)).toEqual({
      title: 'search-query-intent',
      text: 'SageMaker model package group search-query-intent: latest version 3 (pending approval), approved version 2, serving v3, which is not approved; drift unknown.',
      componentType: 'ai-model',
      type: 'ai-model',
      namespace: 'default',
      kind: 'Resource',
      lifecycle: '',
      owner: 'group:default/personalization-ml',
      modelLatestVersion: 3,
      modelLatestStatus: 'PendingManualApproval',
      modelApprovedVersion: 2,
      modelServedVersions: [3],
      modelServesUnapproved: true,
    });
  });

  it('leaves every other entity as the catalog collator makes it', () => {
    const service: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'fraud-scoring-api',
        annotations: { 'aidlc.io/latest-model-version': 'not ours' },
      },
      spec: { type: 'service', owner: 'fraud-ml', lifecycle: 'production' },
    };
    expect(modelDocumentTransformer(service)).toEqual({
      title: 'fraud-scoring-api',
      text: '',
      componentType: 'service',
      type: 'service',
      namespace: 'default',
      kind: 'Component',
      lifecycle: 'production',
      owner: 'fraud-ml',
    });
  });

  it('ignores annotations that are not version numbers', () => {
    const [model] = modelEntities([
      {
        entityRef: 'component:default/x',
        owner: 'group:default/x',
        group: 'x',
        arn: 'arn:aws:sagemaker:us-east-1:444455556666:model-package-group/x',
        driftStatus: 'ok',
      },
    ]);
    model.metadata.annotations!['aidlc.io/served-model-versions'] = '3,abc,,4';
    expect(modelDocumentTransformer(model)).toMatchObject({
      modelLatestVersion: undefined,
      modelServedVersions: [3, 4],
      modelServesUnapproved: false,
    });
  });
});
