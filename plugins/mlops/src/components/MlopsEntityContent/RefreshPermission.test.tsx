import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen } from '@testing-library/react';
import { apiWith, renderContent } from './__testUtils__/renderContent';

// In a file of its own: permission answers are cached for the whole test file.
describe('MlopsEntityContent without mlops.refresh', () => {
  it('hides the refresh button', async () => {
    await renderContent(apiWith(), { refresh: AuthorizeResult.DENY });
    await screen.findByText('txn-anomaly-rcf');
    expect(
      screen.queryByRole('button', { name: /Refresh now/ }),
    ).not.toBeInTheDocument();
  });
});
