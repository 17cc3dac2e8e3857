import { test, expect } from '@playwright/test';

const demoMlServices = [
  'Fraud Scoring API',
  'Transaction Anomaly Detector',
  'KYC Document Classifier',
  'Product Recommender',
  'Churn Predictor',
  'Search Ranking Service',
  'Demand Forecast Batch',
];

test('a guest signs in and finds the demo ML services in the catalog', async ({
  page,
}) => {
  await page.goto('/');

  await page.getByRole('button', { name: 'Enter' }).click();

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    nav.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();

  // The guest owns no component, so the catalog lists all of them.
  await expect(page.getByText(/All Components \(\d+\)/)).toBeVisible();
  for (const name of demoMlServices) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }

  await page
    .getByRole('link', { name: 'Fraud Scoring API', exact: true })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Fraud Scoring API' }),
  ).toBeVisible();
  await expect(page.getByText('Fraud & Risk ML').first()).toBeVisible();
  await expect(page.getByText('About')).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/fraud-scoring-api.png',
    fullPage: true,
  });
});
