import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen } from '@testing-library/react';
import { apiWith, renderContent } from './__testUtils__/renderContent';

// In a file of its own: permission answers are cached for the whole test file.
describe('MlopsEntityContent without mlops.entity.read', () => {
  it('says whose findings these are and asks the API for nothing', async () => {
    const api = apiWith();
    await renderContent(api, { read: AuthorizeResult.DENY });
    expect(
      await screen.findByText("You cannot see this service's ML findings"),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/are visible to fraud-ml and to the platform's admins/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Compliance')).not.toBeInTheDocument();
    expect(api.getEntity).not.toHaveBeenCalled();
  });
});
