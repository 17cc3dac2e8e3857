import { ResponseError } from '@backstage/errors';
import { screen } from '@testing-library/react';
import {
  mlData,
  apiWith,
  renderContent,
} from '../MlopsEntityContent/__testUtils__/renderContent';
import { MlSummaryCard } from './MlSummaryCard';

describe('MlSummaryCard', () => {
  it('says whether the service may ship, what serves, its drift, and links to the ML tab', async () => {
    const [group] = mlData.groups;
    const api = apiWith({
      getEntity: jest.fn(async () => ({
        ...mlData,
        groups: [
          {
            ...group,
            versions: group.versions.map(v =>
              v.version === 6
                ? {
                    ...v,
                    deployments: [
                      {
                        endpoint: 'txn-anomaly-prod',
                        variant: 'current',
                        trafficShare: 1,
                        instanceCount: 2,
                      },
                    ],
                  }
                : v,
            ),
          },
        ],
      })),
    });
    await renderContent(api, { content: <MlSummaryCard /> });
    expect(await screen.findByText('Blocked')).toBeInTheDocument();
    expect(screen.getByText('score 93')).toBeInTheDocument();
    expect(screen.getByText('1 critical')).toBeInTheDocument();
    expect(
      screen.getByText('txn-anomaly-rcf v6 (approved) on txn-anomaly-prod'),
    ).toBeInTheDocument();
    expect(screen.getByText('drifting')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Open the ML tab/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/transaction-anomaly-detector/ml',
    );
  });

  it('says when nothing serves', async () => {
    await renderContent(apiWith(), { content: <MlSummaryCard /> });
    expect(await screen.findByText('No version serves')).toBeInTheDocument();
  });

  it('says when there is no data yet', async () => {
    const missing = apiWith({
      getEntity: jest.fn(async () => {
        throw await ResponseError.fromResponse(
          new Response(
            JSON.stringify({
              error: { name: 'NotFoundError', message: 'no ML data' },
              response: { statusCode: 404 },
            }),
            { status: 404, headers: { 'content-type': 'application/json' } },
          ) as any,
        );
      }),
    });
    await renderContent(missing, { content: <MlSummaryCard /> });
    expect(await screen.findByText(/No ML data yet/)).toBeInTheDocument();
  });
});
