import { EntityMlData } from '@aidlc/plugin-mlops-common';
import { screen, within } from '@testing-library/react';
import { apiWith, mlData, renderContent } from './__testUtils__/renderContent';

/** A canary: v7 (pending) takes a tenth of the traffic beside v6 (approved). */
function canary(): EntityMlData {
  const [group] = mlData.groups;
  const on = (variant: string, trafficShare: number, instanceCount: number) => [
    {
      endpoint: 'txn-anomaly-prod',
      variant,
      trafficShare,
      instanceCount,
      since: '2026-11-20T08:00:00Z',
    },
  ];
  const serverless = {
    endpoint: 'txn-anomaly-serverless',
    variant: 'AllTraffic',
    trafficShare: 1,
    instanceCount: 0,
    serverless: true,
  };
  return {
    ...mlData,
    groups: [
      {
        ...group,
        versions: group.versions.map(v => {
          if (v.version === 7)
            return { ...v, deployments: on('canary', 0.1, 1) };
          if (v.version === 6)
            return {
              ...v,
              deployments: [...on('current', 0.9, 3), serverless],
            };
          return v;
        }),
      },
    ],
  };
}

describe('where model versions serve', () => {
  it('shows each version on its endpoints, and in red a served version that is not approved', async () => {
    await renderContent(apiWith({ getEntity: jest.fn(async () => canary()) }));
    expect(
      await screen.findByText(
        /Serving a version that is not approved: v7 on txn-anomaly-prod/,
      ),
    ).toBeInTheDocument();
    const v6 = screen.getByText('v6', { selector: 'td' }).closest('tr')!;
    expect(
      within(v6).getByText(/txn-anomaly-prod \/ current · 90% · 3 instances/),
    ).toBeInTheDocument();
    expect(
      within(v6).getByText(
        'txn-anomaly-serverless / AllTraffic · 100% · serverless',
      ),
    ).toBeInTheDocument();
    const v7 = screen.getByText('v7', { selector: 'td' }).closest('tr')!;
    expect(
      within(v7).getByText(/txn-anomaly-prod \/ canary · 10% · 1 instance ·/),
    ).toBeInTheDocument();
  });

  it('says nothing in red while only approved versions serve', async () => {
    await renderContent(apiWith());
    await screen.findByText('txn-anomaly-rcf');
    expect(
      screen.queryByText(/Serving a version that is not approved/),
    ).not.toBeInTheDocument();
  });
});
