import { fireEvent, screen, within } from '@testing-library/react';
import { apiWith, mlData, renderContent } from './__testUtils__/renderContent';
import { stuckBeforeMonitoring } from './__testUtils__/stages';

describe('the life cycle strip of the ML tab', () => {
  it('shows the six stages and opens on the next one, with what is missing and how to get there', async () => {
    await renderContent(
      apiWith({
        getEntity: jest.fn(async () => ({
          ...mlData,
          stages: stuckBeforeMonitoring,
        })),
      }),
    );
    expect(
      await screen.findByText(
        '5 of 6 stages in place; next: monitoring and maintenance',
      ),
    ).toBeInTheDocument();
    const strip = screen.getByRole('group', { name: 'Stages' });
    expect(
      within(strip)
        .getAllByRole('button')
        .map(b => b.getAttribute('aria-label')),
    ).toEqual([
      'Data collection: in place',
      'Data preparation: in place',
      'Model development: in place',
      'Model training: in place',
      'Model deployment: in place',
      'Monitoring and maintenance: partial',
    ]);
    const monitoring = screen.getByRole('region', {
      name: 'Signals of Monitoring and maintenance',
    });
    expect(
      within(monitoring).getByText(
        'No enabled EventBridge rule starts txn-anomaly-rcf',
      ),
    ).toBeInTheDocument();
    expect(
      within(monitoring).getByText(
        /starts the training pipeline when the drift alarm/,
      ),
    ).toBeInTheDocument();
    // A signal in place does not tell how to get there; one from a check says so
    expect(within(monitoring).getAllByText('How to get there:')).toHaveLength(
      1,
    );
    expect(
      within(monitoring).getByText(
        'From the compliance check drift-monitoring-in-place',
      ),
    ).toBeInTheDocument();

    fireEvent.click(
      within(strip).getByRole('button', { name: 'Data collection: in place' }),
    );
    const collection = screen.getByRole('region', {
      name: 'Signals of Data collection',
    });
    expect(
      within(collection).getByText('Data collection is in place'),
    ).toBeInTheDocument();
    // The evidence links to its console page
    expect(
      within(collection).getByRole('link', {
        name: /^s3:\/\/fraud-data-111122223333\/raw\//,
      }),
    ).toHaveAttribute(
      'href',
      'https://console.aws.amazon.com/s3/buckets/fraud-data-111122223333?tab=objects&prefix=raw%2F',
    );
  });

  it('says when the stages come before the first evaluation', async () => {
    await renderContent(apiWith());
    expect(
      await screen.findByText('The stages appear after the next refresh.'),
    ).toBeInTheDocument();
  });
});
