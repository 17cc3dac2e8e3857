import { TestPipeline } from '@backstage/plugin-search-backend-node';
import { ModelCollatorFactory } from './ModelCollatorFactory';

describe('ModelCollatorFactory', () => {
  it('indexes models by name, owner and approval status, linking to their entity', async () => {
    const factory = new ModelCollatorFactory(async () => [
      {
        entityRef: 'component:default/search-ranking-service',
        owner: 'group:default/personalization-ml',
        group: 'search-query-intent',
        arn: 'arn:aws:sagemaker:us-east-1:444455556666:model-package-group/search-query-intent',
        latestVersion: 3,
        latestStatus: 'PendingManualApproval',
        approvedVersion: 2,
        driftStatus: 'unknown',
      },
    ]);
    const { documents } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();

    expect(factory.type).toBe('ml-model');
    // Search asks the ML plugin whether the user may read the serving service's ML data.
    expect(factory.visibilityPermission.name).toBe('mlops.entity.read');
    expect(documents).toEqual([
      {
        title: 'search-query-intent',
        text: 'SageMaker model package group search-query-intent: latest version 3 (PendingManualApproval), approved version 2, not serving on any endpoint; drift unknown. Owner group:default/personalization-ml. Served by component:default/search-ranking-service.',
        location: '/catalog/default/resource/search-query-intent',
        entityRef: 'resource:default/search-query-intent',
        owner: 'group:default/personalization-ml',
        approvalStatus: 'PendingManualApproval',
        servedBy: 'component:default/search-ranking-service',
        authorization: {
          resourceRef: 'component:default/search-ranking-service',
        },
      },
    ]);
  });
});
