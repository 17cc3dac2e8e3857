import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { fireEvent, screen, within } from '@testing-library/react';
import { apiWith, renderContent } from './__testUtils__/renderContent';

// In a file of its own: permission answers are cached for the whole test file.
describe('MlopsEntityContent without mlops.model.approve', () => {
  it('disables approve and reject and says who may decide', async () => {
    const api = apiWith();
    await renderContent(api, { approve: AuthorizeResult.DENY });
    const v7 = (await screen.findByText('v7', { selector: 'td' })).closest(
      'tr',
    )!;
    const approve = within(v7).getByRole('button', { name: 'Approve' });
    expect(approve).toBeDisabled();
    expect(within(v7).getByRole('button', { name: 'Reject' })).toBeDisabled();
    fireEvent.mouseOver(approve.parentElement!);
    expect(
      await screen.findByText(
        'Only fraud-ml can approve or reject these versions',
      ),
    ).toBeInTheDocument();
    expect(api.decideModelVersion).not.toHaveBeenCalled();
  });
});
