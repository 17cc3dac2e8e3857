import { LifecyclePage } from '@aidlc/plugin-mlops-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { api, renderPage, search } from './__testUtils__/renderFleetPage';

const lifecycle: LifecyclePage = {
  visibility: 'all',
  items: [
    {
      entityRef: 'component:default/churn-predictor',
      title: 'Churn Predictor',
      owner: 'group:default/personalization-ml',
      stages: {
        collection: 'missing',
        preparation: 'missing',
        development: 'partial',
        training: 'partial',
        deployment: 'in_place',
        monitoring: 'partial',
      },
      inPlace: 1,
      stale: false,
    },
  ],
  totalItems: 1,
};

function lifecycleApi() {
  return {
    ...api(),
    getFleetLifecycle: jest.fn(async () => lifecycle),
    exportFleetLifecycle: jest.fn(async () => 'entityRef\r\n'),
  };
}

describe('the life cycle tab of ML Compliance', () => {
  it('lists services by stage, least mature first, each linked to its ML tab', async () => {
    const mlops = lifecycleApi();
    await renderPage(mlops, '/ml-compliance?tab=lifecycle');
    const link = await screen.findByRole('link', { name: 'Churn Predictor' });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/component/churn-predictor/ml',
    );
    expect(mlops.getFleetLifecycle).toHaveBeenCalledWith(
      expect.objectContaining({ orderBy: 'progress', order: 'asc' }),
    );
    const cells = within(link.closest('tr')!).getAllByRole('cell');
    expect(cells.map(c => c.textContent)).toEqual([
      'Churn Predictor',
      expect.stringMatching(/personalization-ml/i),
      '1 of 6',
      'Missing',
      'Missing',
      'Partial',
      'Partial',
      'In place',
      'Partial',
    ]);
  });

  it('filters by team and by a stage with its status, in the URL, and exports the same', async () => {
    const mlops = lifecycleApi();
    await renderPage(
      mlops,
      '/ml-compliance?tab=lifecycle&owner=group%3Adefault%2Fpersonalization-ml&stage=preparation',
    );
    await screen.findByRole('link', { name: 'Churn Predictor' });
    // A stage alone asks for services where it is missing
    expect(mlops.getFleetLifecycle).toHaveBeenLastCalledWith(
      expect.objectContaining({
        owner: 'group:default/personalization-ml',
        stage: 'preparation',
        stageStatus: 'missing',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: /Export CSV/ }));
    await waitFor(() =>
      expect(mlops.exportFleetLifecycle).toHaveBeenCalledWith({
        owner: 'group:default/personalization-ml',
        stage: 'preparation',
        stageStatus: 'missing',
      }),
    );

    fireEvent.mouseDown(screen.getByRole('button', { name: /^Missing/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Partial' }));
    await waitFor(() => expect(search()).toContain('stageStatus=partial'));
    expect(mlops.getFleetLifecycle).toHaveBeenLastCalledWith(
      expect.objectContaining({ stage: 'preparation', stageStatus: 'partial' }),
    );
  });
});
