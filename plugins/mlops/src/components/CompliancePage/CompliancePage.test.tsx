import { FleetPage, FleetRow, MlopsApi } from '@aidlc/plugin-mlops-common';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { mlopsApiRef } from '../../api';
import { CompliancePage } from './CompliancePage';

const NONE = { critical: 0, high: 0, medium: 0, low: 0 };
const row = (name: string, overrides: Partial<FleetRow>): FleetRow => ({
  entityRef: `component:default/${name}`,
  title: name,
  owner: 'group:default/personalization-ml',
  profile: 'standard',
  verdict: 'passing',
  score: 100,
  failed: NONE,
  missingEvidence: 0,
  failedChecks: [],
  driftStatus: 'ok',
  stale: false,
  trend: [],
  ...overrides,
});

const page: FleetPage = {
  items: [
    row('Product Recommender', {
      verdict: 'blocked',
      score: 93,
      failed: { ...NONE, critical: 1, high: 2 },
      failedChecks: ['role-no-admin-policies'],
    }),
    row('Churn Predictor', { verdict: 'at_risk', score: 60 }),
  ],
  totalItems: 2,
};

function api(): jest.Mocked<MlopsApi> {
  return {
    getFleet: jest.fn(async () => page),
    getFleetSummary: jest.fn(async () => ({
      visibility: 'all',
      verdicts: {
        blocked: 1,
        at_risk: 1,
        evidence_missing: 0,
        passing: 0,
        not_evaluated: 0,
      },
      topFailingChecks: [{ check: 'role-no-admin-policies', services: 1 }],
    })),
    getFleetByOwner: jest.fn(async () => ({
      visibility: 'all',
      items: [
        {
          owner: 'group:default/personalization-ml',
          verdicts: {
            blocked: 1,
            at_risk: 1,
            evidence_missing: 0,
            passing: 2,
            not_evaluated: 0,
          },
          services: 4,
          notEvaluated: 0,
          failingServices: 4,
          averageScore: 82,
          failed: { critical: 2, high: 7, medium: 11, low: 1 },
        },
      ],
    })),
    getChecks: jest.fn(async () => ({
      items: [
        {
          id: 'role-no-admin-policies',
          title: 'No admin policies on execution roles',
          principle: 'least-privilege',
          severity: 'critical',
          description: '',
          remediation: '',
          controls: {},
        },
      ],
    })),
    exportFleet: jest.fn(async () => 'entityRef\r\n'),
  } as unknown as jest.Mocked<MlopsApi>;
}

/** The query string of the page, as the URL keeps it. */
function Search() {
  return <output aria-label="search">{useLocation().search}</output>;
}

async function renderPage(mlops: MlopsApi, route = '/ml-compliance') {
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
              {
                apiVersion: 'backstage.io/v1alpha1',
                kind: 'Group',
                metadata: { name: 'personalization-ml' },
                spec: {
                  type: 'team',
                  profile: { displayName: 'Personalization ML' },
                  children: [],
                },
              },
            ],
          }),
        ],
      ]}
    >
      <CompliancePage />
      <Search />
    </TestApiProvider>,
    {
      routeEntries: [route],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

const search = () => screen.getByLabelText('search').textContent;

describe('CompliancePage', () => {
  it('asks for blocked services first and links each to its ML tab', async () => {
    const mlops = api();
    await renderPage(mlops);
    const link = await screen.findByRole('link', {
      name: 'Product Recommender',
    });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/component/Product Recommender/ml',
    );
    expect(screen.getAllByText('Blocked').length).toBeGreaterThan(0);
    expect(screen.getByText('1 critical')).toBeInTheDocument();
    expect(mlops.getFleet).toHaveBeenCalledWith({
      orderBy: 'verdict',
      order: 'asc',
      limit: 20,
      cursor: undefined,
    });
  });

  it('opens with the summary, whose items filter the table and the URL', async () => {
    const mlops = api();
    await renderPage(mlops);
    const verdicts = await screen.findByText('Services by verdict');
    expect(verdicts).toBeInTheDocument();
    fireEvent.click(
      await screen.findByText('No admin policies on execution roles'),
    );
    await waitFor(() =>
      expect(mlops.getFleet).toHaveBeenLastCalledWith(
        expect.objectContaining({ check: 'role-no-admin-policies' }),
      ),
    );
    expect(search()).toBe('?check=role-no-admin-policies');

    fireEvent.click(screen.getByText('Personalization ML'));
    await waitFor(() =>
      expect(mlops.getFleet).toHaveBeenLastCalledWith(
        expect.objectContaining({ owner: 'group:default/personalization-ml' }),
      ),
    );
    expect(search()).toBe('?owner=group%3Adefault%2Fpersonalization-ml');
  });

  it('starts from the filters, order and tab of its URL', async () => {
    const mlops = api();
    await renderPage(
      mlops,
      '/ml-compliance?verdict=blocked&orderBy=score&order=desc&check=%3Cscript%3E',
    );
    await screen.findByText('Product Recommender');
    expect(mlops.getFleet).toHaveBeenCalledWith(
      expect.objectContaining({
        verdict: 'blocked',
        check: '<script>',
        orderBy: 'score',
        order: 'desc',
      }),
    );

    await renderPage(mlops, '/ml-compliance?tab=teams&verdict=nonsense');
    expect(await screen.findByText('Services per team')).toBeInTheDocument();
    expect(screen.getByText('1 blocked')).toBeInTheDocument();
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
    expect(search()).toBe('?system=system%3Adefault%2Fsecure-ml-platform');
  });

  it('sorts on the server and keeps the order in the URL', async () => {
    const mlops = api();
    await renderPage(mlops);
    await screen.findByText('Product Recommender');
    fireEvent.click(screen.getByText('Service'));
    await waitFor(() =>
      expect(mlops.getFleet).toHaveBeenLastCalledWith(
        expect.objectContaining({ orderBy: 'title' }),
      ),
    );
    await waitFor(() => expect(search()).toContain('orderBy=title'));
  });

  it('exports the filtered fleet', async () => {
    const mlops = api();
    URL.createObjectURL = jest.fn(() => 'blob:csv');
    URL.revokeObjectURL = jest.fn();
    await renderPage(mlops, '/ml-compliance?verdict=at_risk');
    fireEvent.click(await screen.findByRole('button', { name: /Export CSV/ }));
    await waitFor(() =>
      expect(mlops.exportFleet).toHaveBeenCalledWith({ verdict: 'at_risk' }),
    );
  });

  it("says why the fleet could not load, without the table's own retry icon, and loads it again", async () => {
    const mlops = api();
    mlops.getFleet.mockRejectedValueOnce(
      new Error('The database is unavailable'),
    );
    await renderPage(mlops);
    expect(
      await screen.findByText('Error: The database is unavailable'),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/replay|No records/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Product Recommender')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
