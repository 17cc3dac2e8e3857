import { FleetPage, MlopsApi } from '@aidlc/plugin-mlops-common';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mlopsApiRef } from '../../api';
import { CompliancePage } from './CompliancePage';

const page: FleetPage = {
  items: [
    {
      entityRef: 'component:default/product-recommender',
      title: 'Product Recommender',
      owner: 'group:default/personalization-ml',
      profile: 'standard',
      score: 77,
      failed: { critical: 1, high: 2, medium: 4, low: 0 },
      failedChecks: ['role-no-admin-policies'],
      driftStatus: 'ok',
      stale: false,
      trend: [70, 77],
    },
  ],
  totalItems: 1,
};

function api(): jest.Mocked<MlopsApi> {
  return {
    getFleet: jest.fn(async () => page),
    getFleetByOwner: jest.fn(async () => ({
      items: [
        {
          owner: 'group:default/personalization-ml',
          services: 4,
          failingServices: 4,
          averageScore: 82,
          failed: { critical: 2, high: 7, medium: 11, low: 1 },
        },
      ],
    })),
    getChecks: jest.fn(async () => ({ items: [] })),
    exportFleet: jest.fn(async () => 'entityRef\r\n'),
  } as unknown as jest.Mocked<MlopsApi>;
}

async function renderPage(mlops: MlopsApi) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [mlopsApiRef, mlops],
        [
          catalogApiRef,
          catalogApiMock({
            entities: [
              {
                apiVersion: 'backstage.io/v1alpha1',
                kind: 'System',
                metadata: {
                  name: 'secure-ml-platform',
                  title: 'Secure ML Platform',
                },
                spec: { owner: 'platform-security' },
              },
            ],
          }),
        ],
      ]}
    >
      <CompliancePage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('CompliancePage', () => {
  it('asks the backend for the worst services first and shows their failures', async () => {
    const mlops = api();
    await renderPage(mlops);
    expect(await screen.findByText('Product Recommender')).toBeInTheDocument();
    expect(screen.getByText('1 critical')).toBeInTheDocument();
    expect(mlops.getFleet).toHaveBeenCalledWith({
      orderBy: 'score',
      order: 'asc',
      limit: 20,
      cursor: undefined,
    });
  });

  it('filters on the server by owner', async () => {
    const mlops = api();
    await renderPage(mlops);
    await screen.findByText('Product Recommender');
    fireEvent.mouseDown(
      within(screen.getAllByTestId('select')[0]).getByRole('button'),
    );
    fireEvent.click(
      await screen.findByRole('option', { name: 'personalization-ml' }),
    );
    await waitFor(() =>
      expect(mlops.getFleet).toHaveBeenLastCalledWith(
        expect.objectContaining({ owner: 'group:default/personalization-ml' }),
      ),
    );
  });

  it('filters on the server by system', async () => {
    const mlops = api();
    await renderPage(mlops);
    await screen.findByText('Product Recommender');
    fireEvent.mouseDown(
      within(screen.getAllByTestId('select')[1]).getByRole('button'),
    );
    fireEvent.click(
      await screen.findByRole('option', { name: 'Secure ML Platform' }),
    );
    await waitFor(() =>
      expect(mlops.getFleet).toHaveBeenLastCalledWith(
        expect.objectContaining({
          system: 'system:default/secure-ml-platform',
        }),
      ),
    );
  });

  it('sorts on the server', async () => {
    const mlops = api();
    await renderPage(mlops);
    await screen.findByText('Product Recommender');
    fireEvent.click(screen.getByText('Service'));
    await waitFor(() =>
      expect(mlops.getFleet).toHaveBeenLastCalledWith(
        expect.objectContaining({ orderBy: 'title' }),
      ),
    );
  });

  it('exports the filtered fleet and shows the teams', async () => {
    const mlops = api();
    URL.createObjectURL = jest.fn(() => 'blob:csv');
    URL.revokeObjectURL = jest.fn();
    await renderPage(mlops);
    fireEvent.click(await screen.findByRole('button', { name: /Export CSV/ }));
    await waitFor(() => expect(mlops.exportFleet).toHaveBeenCalledWith({}));

    fireEvent.click(screen.getByRole('tab', { name: 'By team' }));
    expect(
      await screen.findByText('Failing services per team'),
    ).toBeInTheDocument();
    expect(screen.getByText('82')).toBeInTheDocument();
  });
});
