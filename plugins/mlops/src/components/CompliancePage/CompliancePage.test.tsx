import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { api, renderPage, search } from './__testUtils__/renderFleetPage';

describe('CompliancePage', () => {
  it('asks for blocked services first and links each to its ML tab', async () => {
    const mlops = api();
    await renderPage(mlops);
    const link = await screen.findByRole('link', {
      name: 'Product Recommender',
    });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/component/Product Recommender/ml',
    );
    expect(screen.getAllByText('Blocked').length).toBeGreaterThan(0);
    expect(screen.getByText('1 critical')).toBeInTheDocument();
    expect(mlops.getFleet).toHaveBeenCalledWith({
      orderBy: 'verdict',
      order: 'asc',
      limit: 20,
      cursor: undefined,
    });
  });

  it('opens with the summary, whose items filter the table and the URL', async () => {
    const mlops = api();
    await renderPage(mlops);
    const verdicts = await screen.findByText('Services by verdict');
    expect(verdicts).toBeInTheDocument();
    fireEvent.click(
      await screen.findByText('No admin policies on execution roles'),
    );
    await waitFor(() =>
      expect(mlops.getFleet).toHaveBeenLastCalledWith(
        expect.objectContaining({ check: 'role-no-admin-policies' }),
      ),
    );
    expect(search()).toBe('?check=role-no-admin-policies');

    fireEvent.click(screen.getByText('Personalization ML'));
    await waitFor(() =>
      expect(mlops.getFleet).toHaveBeenLastCalledWith(
        expect.objectContaining({ owner: 'group:default/personalization-ml' }),
      ),
    );
    expect(search()).toBe('?owner=group%3Adefault%2Fpersonalization-ml');
  });

  it('starts from the filters, order and tab of its URL', async () => {
    const mlops = api();
    await renderPage(
      mlops,
      '/ml-compliance?verdict=blocked&orderBy=score&order=desc&check=%3Cscript%3E',
    );
    await screen.findByText('Product Recommender');
    expect(mlops.getFleet).toHaveBeenCalledWith(
      expect.objectContaining({
        verdict: 'blocked',
        check: '<script>',
        orderBy: 'score',
        order: 'desc',
      }),
    );

    await renderPage(mlops, '/ml-compliance?tab=teams&verdict=nonsense');
    expect(await screen.findByText('Services per team')).toBeInTheDocument();
    expect(screen.getByText('1 blocked')).toBeInTheDocument();
  });

  it('filters on the server by system', async () => {
    const mlops = api();
    await renderPage(mlops);
    await screen.findByText('Product Recommender');
    fireEvent.mouseDown(
      within(screen.getAllByTestId('select')[1]).getByRole('button'),
    );
    fireEvent.click(
      await screen.findByRole('option', { name: 'Secure ML Platform' }),
    );
    await waitFor(() =>
      expect(mlops.getFleet).toHaveBeenLastCalledWith(
        expect.objectContaining({
          system: 'system:default/secure-ml-platform',
        }),
      ),
    );
    expect(search()).toBe('?system=system%3Adefault%2Fsecure-ml-platform');
  });

  it('sorts on the server and keeps the order in the URL', async () => {
    const mlops = api();
    await renderPage(mlops);
    await screen.findByText('Product Recommender');
    fireEvent.click(screen.getByText('Service'));
    await waitFor(() =>
      expect(mlops.getFleet).toHaveBeenLastCalledWith(
        expect.objectContaining({ orderBy: 'title' }),
      ),
    );
    await waitFor(() => expect(search()).toContain('orderBy=title'));
  });

  it('exports the filtered fleet', async () => {
    const mlops = api();
    URL.createObjectURL = jest.fn(() => 'blob:csv');
    URL.revokeObjectURL = jest.fn();
    await renderPage(mlops, '/ml-compliance?verdict=at_risk');
    fireEvent.click(await screen.findByRole('button', { name: /Export CSV/ }));
    await waitFor(() =>
      expect(mlops.exportFleet).toHaveBeenCalledWith({ verdict: 'at_risk' }),
    );
  });

  it("says why the fleet could not load, without the table's own retry icon, and loads it again", async () => {
    const mlops = api();
    mlops.getFleet.mockRejectedValueOnce(
      new Error('The database is unavailable'),
    );
    await renderPage(mlops);
    expect(
      await screen.findByText('Error: The database is unavailable'),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/replay|No records/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Product Recommender')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
