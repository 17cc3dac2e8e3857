import { Entity } from '@backstage/catalog-model';
import { screen, within } from '@testing-library/react';
import {
  apiWith,
  mlData,
  mlDataServingV6,
  renderContent,
  responseError,
} from '../MlopsEntityContent/__testUtils__/renderContent';
import { ModelEntityCard } from './ModelEntityCard';

const [group] = mlData.groups;

/** The model entity the catalog module publishes for the demo's anomaly detector group. */
const model: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'txn-anomaly-rcf',
    annotations: { 'aidlc.io/model-package-group-arn': group.arn },
  },
  spec: { type: 'ai-model', owner: 'group:default/fraud-ml' },
  relations: [
    {
      type: 'dependencyOf',
      targetRef: 'component:default/transaction-anomaly-detector',
    },
    { type: 'dependencyOf', targetRef: 'component:default/fraud-shadow' },
  ],
};

describe('ModelEntityCard', () => {
  it("shows the model's versions and the services serving it, with their endpoints' drift", async () => {
    const forbidden = await responseError(403, 'NotAllowedError');
    const api = apiWith({
      getEntity: jest.fn(async (ref: string) => {
        if (ref.endsWith('fraud-shadow')) throw forbidden;
        return mlDataServingV6;
      }),
    });
    await renderContent(api, { entity: model, content: <ModelEntityCard /> });

    const v6 = (await screen.findByText('v6', { selector: 'td' })).closest(
      'tr',
    )!;
    expect(within(v6).getByText('Approved')).toBeInTheDocument();
    expect(within(v6).getByText(/txn-anomaly-prod/)).toBeInTheDocument();
    expect(screen.getByText(/precision_at_100 0.74/)).toBeInTheDocument();
    // The service that serves it, to its ML tab, with its endpoint's drift
    expect(
      screen.getByRole('link', { name: /transaction-anomaly-detector/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/transaction-anomaly-detector/ml',
    );
    expect(screen.getByText('drifting')).toBeInTheDocument();
    // A service the user may not read is named, not shown
    expect(
      screen.getByText('You may not see its ML findings'),
    ).toBeInTheDocument();
  });
});
