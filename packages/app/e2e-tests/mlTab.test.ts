import { test, expect } from '@playwright/test';
import { watchOurConsole } from './consoleErrors';
import { openAsGuestWhenReady } from './signIn';

test('the ML tab shows versions, drift charts and failing checks of a demo service', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const console = watchOurConsole(page);
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/transaction-anomaly-detector/ml',
    p => p.getByText('txn-anomaly-rcf'),
  );

  await expect(
    page.getByRole('link', { name: 'ML', exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/precision_at_100 0.71/)).toBeVisible();

  await expect(page.getByText(/^Drift: txn-anomaly-prod/)).toBeVisible();
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
  console.expectNone();
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

test('the checklist flags secrets in a model and its Lambda front, an API front without rate limits and an image whose registry scan found criticals', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/product-recommender/ml',
    p => p.getByText('Compliance', { exact: true }),
  );
  const secrets = page.getByRole('button', {
    name: 'No plaintext secrets in the environment of model containers or Lambda fronts',
  });
  await expect(secrets).toContainText('fail');
  await secrets.click();
  await expect(page.getByText(/sets RECS_FEATURE_API_KEY/)).toBeVisible();
  await expect(
    page.getByText(/product-recs-front sets FEATURE_STORE_API_KEY/),
  ).toBeVisible();
  // Its API front validates requests, but nothing limits how fast a caller may send them
  await expect(
    page.getByRole('button', {
      name: 'The inference API validates requests before they reach the model',
    }),
  ).toContainText('pass');
  const rate = page.getByRole('button', {
    name: 'The inference API is rate limited and accepts TLS 1.2 or later only',
  });
  await expect(rate).toContainText('fail');
  await rate.click();
  await expect(
    page.getByText(/r3c5m8n2v6\/live has no throttling/),
  ).toBeVisible();
  // The network of the same service passes: private subnets, minimal security groups
  for (const name of [
    'Subnets of models and jobs are private: no route to an internet gateway',
    'Security groups of models and jobs allow no open ingress and no unrestricted egress',
  ]) {
    await expect(page.getByRole('button', { name })).toContainText('pass');
  }
  await page.screenshot({
    path: test.info().outputPath('secret-in-environment.png'),
    fullPage: true,
  });

  await page.goto('/catalog/default/component/churn-predictor/ml');
  const scan = page.getByRole('button', {
    name: "Serving images: the registry's recent scan finds no critical vulnerability",
  });
  await expect(scan).toContainText('fail');
});
