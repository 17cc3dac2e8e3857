import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  apiWith,
  entity,
  mlData,
  renderContent,
  responseError,
} from './__testUtils__/renderContent';

describe('MlopsEntityContent', () => {
  it('shows versions with their approval status, drift per endpoint and the compliance checks', async () => {
    await renderContent(apiWith());
    expect(await screen.findByText('txn-anomaly-rcf')).toBeInTheDocument();
    expect(screen.getByText('Pending approval')).toBeInTheDocument();
    expect(screen.getAllByText('Approved').length).toBeGreaterThan(0);
    expect(screen.getByText('Rejected')).toBeInTheDocument();
    expect(
      screen.getByText('Latest v7 against approved v6'),
    ).toBeInTheDocument();
    expect(screen.getByText(/by amara\.okafor/)).toBeInTheDocument();

    // Each resource opens its AWS console page in a new tab, placed by the group's ARN
    const console = 'https://eu-west-1.console.aws.amazon.com';
    const awsLink = (name: string) =>
      screen.getByRole('link', {
        name: new RegExp(`^${name} ?, Opens in a new window$`),
      });
    const endpoint = awsLink('txn-anomaly-prod');
    expect(endpoint).toHaveAttribute(
      'href',
      `${console}/sagemaker/home?region=eu-west-1#/endpoints/txn-anomaly-prod`,
    );
    expect(endpoint).toHaveAttribute('target', '_blank');
    expect(awsLink('txn-anomaly-rcf')).toHaveAttribute(
      'href',
      `${console}/sagemaker/home?region=eu-west-1#/model-registry/txn-anomaly-rcf`,
    );
    expect(awsLink('txn-anomaly-rcf-train-1')).toHaveAttribute(
      'href',
      `${console}/sagemaker/home?region=eu-west-1#/jobs/txn-anomaly-rcf-train-1`,
    );
    expect(awsLink('txn-anomaly-prod-data-quality')).toHaveAttribute(
      'href',
      `${console}/sagemaker/home?region=eu-west-1#/monitoring-schedules/txn-anomaly-prod-data-quality`,
    );
    expect(awsLink('CloudWatch metric')).toHaveAttribute(
      'href',
      `${console}/cloudwatch/home?region=eu-west-1#metricsV2:graph=~();search=feature_baseline_drift_merchant_category`,
    );
    expect(
      screen.getByText('Baseline drift distance: 0.34 exceeds threshold: 0.2'),
    ).toBeInTheDocument();
    expect(screen.getByText('drifting')).toBeInTheDocument();
    // The feature, the measure, and since when the series stays above its threshold
    expect(
      screen.getByRole('figure', {
        name: 'Drift of feature_baseline_drift_merchant_category',
      }),
    ).toHaveTextContent(
      /^Feature merchant_category · Jensen-Shannon \(threshold 0\.2\) · above it since/,
    );
    expect(screen.getByText(/CompletedWithViolations/)).toBeInTheDocument();

    expect(
      screen.getByText(/failed: 1 critical, 0 high, 1 medium, 0 low/),
    ).toBeInTheDocument();
    // Who sent the newest pipeline report, and what it found
    expect(
      screen.getByText(/txn-anomaly:6: 0 critical, 2 high vulnerabilities/),
    ).toHaveTextContent(
      'sent by GitHub Actions of aidlc-demo/transaction-anomaly-detector (main)',
    );
  });

  it('lists failed checks first and the most severe first, with remediation on expand', async () => {
    await renderContent(apiWith());
    await screen.findByText('Compliance');
    const defense = screen
      .getAllByRole('button', {
        name: /ML buckets keep object versions|The last monitoring executions/,
      })
      .map(b => b.getAttribute('aria-label'));
    expect(defense).toEqual([
      'The last monitoring executions found no violations',
      'ML buckets keep object versions',
    ]);

    fireEvent.click(
      screen.getByRole('button', {
        name: 'Captured inference data encrypted with a KMS key',
      }),
    );
    expect(
      await screen.findByText(
        'txn-anomaly-prod captures data without a KMS key',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Set DataCaptureConfig.KmsKeyId on the endpoint configuration.',
      ),
    ).toBeInTheDocument();
  });

  it('warns when the data is stale, with the time of the last good read and the error', async () => {
    const stale = {
      ...mlData,
      stale: true,
      error: 'ThrottlingException: Rate exceeded',
    };
    await renderContent(apiWith({ getEntity: jest.fn(async () => stale) }));
    expect(
      await screen.findByText(/the last refresh failed/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('ThrottlingException: Rate exceeded'),
    ).toBeInTheDocument();
  });

  it('refreshes on request, for users allowed to', async () => {
    const api = apiWith();
    await renderContent(api);
    fireEvent.click(await screen.findByRole('button', { name: /Refresh now/ }));
    await waitFor(() =>
      expect(api.refresh).toHaveBeenCalledWith(
        'component:default/transaction-anomaly-detector',
      ),
    );
    await waitFor(() => expect(api.getEntity).toHaveBeenCalledTimes(2));
  });

  it('explains that data comes with the next refresh when there is none yet', async () => {
    const notFound = await responseError(404, 'NotFoundError');
    await renderContent(
      apiWith({ getEntity: jest.fn(async () => Promise.reject(notFound)) }),
    );
    expect(await screen.findByText('No ML data yet')).toBeInTheDocument();
  });

  it('shows other errors', async () => {
    await renderContent(
      apiWith({
        getEntity: jest.fn(async () =>
          Promise.reject(new Error('mlops is down')),
        ),
      }),
    );
    expect(await screen.findByText('Error: mlops is down')).toBeInTheDocument();
  });

  it('says that drift is not monitored for a service without endpoints', async () => {
    await renderContent(
      apiWith({
        getEntity: jest.fn(async () => ({ ...mlData, endpoints: [] })),
      }),
    );
    expect(
      await screen.findByText(
        /Drift is not monitored: the service names no SageMaker endpoint/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Not monitored')).toBeInTheDocument();
  });

  it('tells which annotation is missing on entities without them', async () => {
    await renderContent(apiWith(), {
      entity: { ...entity, metadata: { name: 'customer-profile-api' } },
    });
    expect(await screen.findByText(/Missing Annotation/i)).toBeInTheDocument();
  });
});
