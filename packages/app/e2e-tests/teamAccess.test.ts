import { test, expect } from '@playwright/test';
import { asFraudMember } from './asFraudMember';
import { openAsGuestWhenReady } from './signIn';

test.beforeEach(async ({ page }) => asFraudMember(page));

test('a member of one team sees only its services on ML Compliance and Model Catalog', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAsGuestWhenReady(page, '/ml-compliance', p =>
    p.getByRole('link', { name: 'Fraud Scoring API' }),
  );
  await expect(
    page.getByRole('note').filter({
      hasText: 'You see the ML services of the teams you belong to',
    }),
  ).toBeVisible();
  for (const own of [
    'Transaction Anomaly Detector',
    'KYC Document Classifier',
  ]) {
    await expect(page.getByRole('link', { name: own })).toBeVisible();
  }
  for (const other of [
    'Product Recommender',
    'Churn Predictor',
    'Search Ranking Service',
  ]) {
    await expect(page.getByRole('link', { name: other })).toHaveCount(0);
  }
  await page.screenshot({
    path: 'e2e-screenshots/team-ml-compliance.png',
    fullPage: true,
  });

  await page.getByRole('tab', { name: 'By team' }).click();
  await expect(
    page.getByRole('link', { name: 'personalization-ml' }),
  ).toHaveCount(0);

  await openAsGuestWhenReady(page, '/ml-models', p =>
    p.getByText('fraud-scoring-xgb'),
  );
  await expect(page.getByText('search-query-intent')).toHaveCount(0);
  await page.screenshot({
    path: 'e2e-screenshots/team-model-catalog.png',
    fullPage: true,
  });
});

test("a member of one team sees no ML data of another team's service, and why", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/product-recommender/ml',
    p => p.getByText("You cannot see this service's ML findings"),
  );
  await expect(
    page.getByText(
      /are visible to personalization-ml and to the platform's admins/,
    ),
  ).toBeVisible();
  await expect(page.getByText('Compliance', { exact: true })).toHaveCount(0);
  await page.screenshot({
    path: 'e2e-screenshots/team-ml-tab-denied.png',
    fullPage: true,
  });

  // Its own service: the data, the pipeline reports and a refresh it may use
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/fraud-scoring-api/ml',
    p => p.getByText('fraud-scoring-xgb'),
  );
  await expect(page.getByText('Pipeline reports')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Refresh now' })).toBeEnabled();
  await page.screenshot({
    path: 'e2e-screenshots/team-ml-tab.png',
    fullPage: true,
  });
});
