import { EntityMlData, ModelCard } from '@aidlc/plugin-mlops-common';
import { Entity } from '@backstage/catalog-model';
import { fireEvent, screen, within } from '@testing-library/react';
import {
  apiWith,
  mlDataServingV6,
  renderContent,
} from '../MlopsEntityContent/__testUtils__/renderContent';
import { ModelEntityCard } from '../ModelEntityCard/ModelEntityCard';

const card: ModelCard = {
  name: 'txn-anomaly-rcf-v6',
  arn: 'arn:aws:sagemaker:eu-west-1:111122223333:model-card/txn-anomaly-rcf-v6',
  status: 'Approved',
  riskRating: 'Medium',
  purpose: 'Flags merchants whose velocity departs from their history.',
  intendedUses: 'Fraud analysts review the flagged merchants.',
  evaluations: [
    { name: 'Holdout 2026-10', metrics: { precision_at_100: 0.71 } },
  ],
};

/** The demo's anomaly detector, v6 serving with (or without) its model card. */
function withCard(modelCard?: ModelCard): EntityMlData {
  return {
    ...mlDataServingV6,
    groups: mlDataServingV6.groups.map(group => ({
      ...group,
      versions: group.versions.map(v =>
        v.version === 6 ? { ...v, ...(modelCard && { modelCard }) } : v,
      ),
    })),
  };
}

const model: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'txn-anomaly-rcf',
    annotations: {
      'aidlc.io/model-package-group-arn': mlDataServingV6.groups[0].arn,
    },
  },
  spec: {
    type: 'ai-model',
    owner: 'group:default/fraud-ml',
    dependencyOf: ['component:default/transaction-anomaly-detector'],
  },
  // The model server that depends on it is no service with ML data
  relations: [
    {
      type: 'dependencyOf',
      targetRef: 'component:default/transaction-anomaly-detector',
    },
    { type: 'dependencyOf', targetRef: 'component:default/txn-anomaly-prod' },
  ],
};

describe('model cards', () => {
  it("show on the model's page: the serving version's card, with its risk and uses", async () => {
    await renderContent(
      apiWith({ getEntity: jest.fn(async () => withCard(card)) }),
      { entity: model, content: <ModelEntityCard /> },
    );
    expect(await screen.findByText('Model card of v6')).toBeInTheDocument();
    expect(screen.queryByText(/txn-anomaly-prod:/)).toBeInTheDocument();
    expect(screen.queryByText('Its ML data is not read yet')).toBeNull();
    const details = screen.getByRole('region', {
      name: 'Model card txn-anomaly-rcf-v6',
    });
    expect(within(details).getByText('Risk: Medium')).toBeInTheDocument();
    expect(
      within(details).getByText('Fraud analysts review the flagged merchants.'),
    ).toBeInTheDocument();
    expect(
      within(details).getByText('precision_at_100 0.71'),
    ).toBeInTheDocument();
  });

  it('open from the registry card of the ML tab, and a serving version without one says so', async () => {
    await renderContent(
      apiWith({ getEntity: jest.fn(async () => withCard(card)) }),
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Model card of v6: Approved' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(
        'Flags merchants whose velocity departs from their history.',
      ),
    ).toBeInTheDocument();
  });

  it('say when the serving version has none', async () => {
    await renderContent(
      apiWith({ getEntity: jest.fn(async () => withCard()) }),
      {
        entity: model,
        content: <ModelEntityCard />,
      },
    );
    expect(
      await screen.findByText(/v6 has no SageMaker model card/),
    ).toBeInTheDocument();
  });

  it('say in the registry table when a serving version has none', async () => {
    await renderContent(
      apiWith({ getEntity: jest.fn(async () => withCard()) }),
    );
    expect(await screen.findByText('None, and it serves')).toBeInTheDocument();
  });
});
