import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { fireEvent, screen } from '@testing-library/react';
import { apiWith, renderContent } from './__testUtils__/renderContent';

// In a file of its own: permission answers are cached for the whole test file.
describe('MlopsEntityContent without mlops.refresh', () => {
  it('disables the refresh button and says who may refresh', async () => {
    const api = apiWith();
    await renderContent(api, { refresh: AuthorizeResult.DENY });
    await screen.findByText('txn-anomaly-rcf');
    const button = screen.getByRole('button', { name: /Refresh now/ });
    expect(button).toBeDisabled();
    fireEvent.mouseOver(button.parentElement!);
    expect(
      await screen.findByText(
        "Only fraud-ml and the platform's admins can refresh this service's ML data",
      ),
    ).toBeInTheDocument();
    expect(api.refresh).not.toHaveBeenCalled();
  });
});
