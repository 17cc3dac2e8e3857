import { test, expect } from '@playwright/test';
import { openAsGuestWhenReady } from './signIn';

test('the ML tab shows versions, drift charts and failing checks of a demo service', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/transaction-anomaly-detector/ml',
    p => p.getByText('txn-anomaly-rcf'),
  );

  await expect(
    page.getByRole('link', { name: 'ML', exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/precision_at_100 0.71/)).toBeVisible();

  await expect(page.getByText('Drift: txn-anomaly-prod')).toBeVisible();
  await expect(page.getByText('drifting').first()).toBeVisible();
  const chart = page.getByRole('figure', {
    name: 'Drift of feature_baseline_drift_merchant_category',
  });
  await expect(chart.locator('.recharts-line-curve')).toBeVisible();
  await expect(chart.locator('.recharts-reference-line')).toBeVisible();
  // What the last monitoring run found, feature by feature
  await expect(page.getByText('Violations of the last run')).toBeVisible();
  await expect(
    page.getByText('4.2% of values are categories the baseline never saw'),
  ).toBeVisible();
  // The feature the metric is about, what measures it, and since when it stays above its threshold
  await expect(chart).toContainText(
    'Feature merchant_category · Model Monitor distance (threshold 0.2)',
  );
  await expect(chart).toContainText('above it since');

  const failing = page.getByRole('button', {
    name: 'Captured inference data encrypted with a KMS key',
  });
  await expect(failing).toContainText('fail');
  await failing.click();
  await expect(
    page.getByText('txn-anomaly-prod captures data without a KMS key'),
  ).toBeVisible();
  await page.screenshot({ path: 'e2e-screenshots/ml-tab.png', fullPage: true });
});

test('the registry card shows where each version serves, and in red a served version that is not approved', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/search-ranking-service/ml',
    p => p.getByText('search-query-intent'),
  );
  await expect(
    page.getByText(
      /Serving a version that is not approved: v3 on search-intent-prod/,
    ),
  ).toBeVisible();
  await expect(
    page.getByText(/search-ranker-prod \/ AllTraffic · 100%/),
  ).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('serving-unapproved.png'),
    fullPage: true,
  });
});
