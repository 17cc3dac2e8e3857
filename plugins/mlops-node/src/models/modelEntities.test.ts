import { ModelCatalogRow } from '@aidlc/plugin-mlops-common';
import {
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import { modelEntities } from './modelEntities';
import { normalizeModelName } from './modelEntityName';

const row = (overrides: Partial<ModelCatalogRow>): ModelCatalogRow => ({
  entityRef: 'component:default/fraud-scoring-api',
  owner: 'group:default/fraud-ml',
  group: 'fraud-scoring-xgb',
  arn: 'arn:aws:sagemaker:eu-west-1:111122223333:model-package-group/fraud-scoring-xgb',
  latestVersion: 13,
  latestStatus: 'PendingManualApproval',
  approvedVersion: 12,
  driftStatus: 'ok',
  ...overrides,
});

describe('modelEntities', () => {
  it('publishes a group as an ai-model Resource owned by and depended on by its service', () => {
    expect(modelEntities([row({})])).toEqual([
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: {
          name: 'fraud-scoring-xgb',
          namespace: 'default',
          title: 'fraud-scoring-xgb',
          description:
            'SageMaker model package group fraud-scoring-xgb: latest version 13 (pending approval), approved version 12, not serving on any endpoint; drift ok.',
          annotations: {
            'backstage.io/managed-by-location': 'mlops-models:provider',
            'backstage.io/managed-by-origin-location': 'mlops-models:provider',
            'aidlc.io/model-package-group-arn': row({}).arn,
            'aidlc.io/latest-model-version': '13',
            'aidlc.io/latest-model-status': 'PendingManualApproval',
            'aidlc.io/approved-model-version': '12',
            // The AI catalog's own annotations: the version it names is the approved one
            'rhdh.io/ai-asset-category': 'ai-model',
            'rhdh.io/ai-asset-source': 'aws-sagemaker',
            'rhdh.io/ai-asset-version': '12',
          },
          tags: ['ai-model', 'pending-manual-approval'],
        },
        spec: {
          type: 'ai-model',
          owner: 'group:default/fraud-ml',
          dependencyOf: ['component:default/fraud-scoring-api'],
        },
      },
    ]);
  });

  it('keeps the type ml-model for portals configured so', () => {
    const [entity] = modelEntities([row({})], 'ml-model');
    expect(entity.spec!.type).toBe('ml-model');
    expect(entity.metadata.tags![0]).toBe('ml-model');
  });

  it('says on the model page which versions serve, and flags an unapproved one', () => {
    const [entity] = modelEntities([
      row({ servedVersions: [13, 12], servesUnapproved: true }),
    ]);
    expect(entity.metadata.description).toContain(
      'serving v13, v12, one of them not approved',
    );
    expect(entity.metadata.annotations).toMatchObject({
      'aidlc.io/served-model-versions': '13,12',
    });
    expect(entity.metadata.tags).toContain('serves-unapproved');
  });

  it('makes one entity of a group that several services serve', () => {
    const entities = modelEntities([
      row({ entityRef: 'component:default/fraud-shadow' }),
      row({}),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0].spec!.dependencyOf).toEqual([
      'component:default/fraud-scoring-api',
      'component:default/fraud-shadow',
    ]);
  });

  it('gives colliding names a stable suffix from each ARN', () => {
    const other =
      'arn:aws:sagemaker:us-east-1:444455556666:model-package-group/Fraud--Scoring--XGB';
    const entities = modelEntities([
      row({}),
      row({ group: 'Fraud--Scoring--XGB', arn: other }),
    ]);
    const names = entities.map(e => e.metadata.name);
    expect(new Set(names).size).toBe(2);
    expect(names.every(n => /^fraud-scoring-xgb-[0-9a-f]{8}$/.test(n))).toBe(
      true,
    );
    expect(modelEntities([row({})])[0].metadata.name).toBe('fraud-scoring-xgb');
  });

  it('produces entities the catalog accepts whatever the group name', async () => {
    // The policies and kind validator the catalog runs on every entity it ingests
    const policies = EntityPolicies.allOf([
      new SchemaValidEntityPolicy(),
      new NoForeignRootFieldsEntityPolicy(),
      new FieldFormatEntityPolicy(),
    ]);
    for (const group of [
      'a'.repeat(63),
      'ML--model',
      '-x-',
      'Über model v2',
      '___',
    ]) {
      const [entity] = modelEntities([row({ group, arn: `arn:${group}` })]);
      await expect(policies.enforce(entity)).resolves.toBe(entity);
      await expect(resourceEntityV1alpha1Validator.check(entity)).resolves.toBe(
        true,
      );
      expect(entity.metadata.name).toMatch(/^([a-z0-9][-_.]?)*[a-z0-9]$/);
      expect(entity.metadata.name.length).toBeLessThanOrEqual(63);
    }
  });

  it('normalizes names as the catalog requires', () => {
    expect(normalizeModelName('Fraud--Scoring_XGB')).toBe('fraud-scoring_xgb');
    expect(normalizeModelName('---')).toBe('model');
    expect(normalizeModelName(`${'a'.repeat(62)}-b`)).toBe('a'.repeat(62));
  });
});
