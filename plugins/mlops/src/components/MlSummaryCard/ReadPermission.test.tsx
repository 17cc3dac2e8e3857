import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen } from '@testing-library/react';
import {
  apiWith,
  renderContent,
} from '../MlopsEntityContent/__testUtils__/renderContent';
import { MlSummaryCard } from './MlSummaryCard';

// In a file of its own: permission answers are cached for the whole test file.
describe('MlSummaryCard without mlops.entity.read', () => {
  it('says so and asks the API for nothing', async () => {
    const api = apiWith();
    await renderContent(api, {
      content: <MlSummaryCard />,
      read: AuthorizeResult.DENY,
    });
    expect(
      await screen.findByText("You cannot see this service's ML findings."),
    ).toBeInTheDocument();
    expect(api.getEntity).not.toHaveBeenCalled();
  });
});
