import { screen } from '@testing-library/react';
import {
  apiWith,
  mlDataServingV6,
  renderContent,
  responseError,
} from '../MlopsEntityContent/__testUtils__/renderContent';
import { MlSummaryCard } from './MlSummaryCard';

describe('MlSummaryCard', () => {
  it('says whether the service may ship, what serves, its drift, and links to the ML tab', async () => {
    const api = apiWith({ getEntity: jest.fn(async () => mlDataServingV6) });
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
    const notFound = await responseError(404, 'NotFoundError');
    const missing = apiWith({
      getEntity: jest.fn(async () => Promise.reject(notFound)),
    });
    await renderContent(missing, { content: <MlSummaryCard /> });
    expect(await screen.findByText(/No ML data yet/)).toBeInTheDocument();
  });
});
