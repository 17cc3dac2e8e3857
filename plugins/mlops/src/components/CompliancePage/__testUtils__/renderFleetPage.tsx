import { FleetPage, FleetRow, MlopsApi } from '@aidlc/plugin-mlops-common';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { mlopsApiRef } from '../../../api';
import { CompliancePage } from '../CompliancePage';

export const NONE = { critical: 0, high: 0, medium: 0, low: 0 };
export const row = (name: string, overrides: Partial<FleetRow>): FleetRow => ({
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

export const page: FleetPage = {
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

export function api(): jest.Mocked<MlopsApi> {
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

export async function renderPage(mlops: MlopsApi, route = '/ml-compliance') {
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

export const search = () => screen.getByLabelText('search').textContent;
