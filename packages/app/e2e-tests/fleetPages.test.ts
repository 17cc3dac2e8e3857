import { test, expect } from '@playwright/test';
import { openAsGuestWhenReady } from './signIn';

test('the ML Compliance page lists the fleet and filters it by owner', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAsGuestWhenReady(page, '/ml-compliance', p =>
    p.getByRole('link', { name: 'Transaction Anomaly Detector' }),
  );

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(nav.getByRole('link', { name: 'ML Compliance' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Model Catalog' })).toBeVisible();

  // Worst first: the over-privileged recommender scores below the reference service
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'Fraud Scoring API' })).toContainText(
    '100',
  );
  await expect(
    page.getByRole('link', { name: 'Customer Profile API' }),
  ).toHaveCount(0);

  await page.getByTestId('select').first().click();
  await page.getByRole('option', { name: 'personalization-ml' }).click();
  await expect(
    page.getByRole('link', { name: 'Fraud Scoring API' }),
  ).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: 'Product Recommender' }),
  ).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/ml-compliance.png',
    fullPage: true,
  });

  await page.getByRole('tab', { name: 'By team' }).click();
  await expect(page.getByText('Failing services per team')).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/ml-compliance-by-team.png',
    fullPage: true,
  });
});

test('the Model Catalog page lists every model group and searches them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAsGuestWhenReady(page, '/ml-models', p =>
    p.getByText('fraud-scoring-xgb'),
  );

  await page.getByPlaceholder('Filter').fill('search');
  await expect(page.getByText('search-query-intent')).toBeVisible();
  // It serves v3, which is pending approval: in red on its row
  await expect(
    page.getByRole('row').filter({ hasText: 'search-query-intent' }),
  ).toContainText('v3 (not approved)');
  await expect(page.getByText('fraud-scoring-xgb')).toHaveCount(0);
  await page.screenshot({
    path: 'e2e-screenshots/model-catalog.png',
    fullPage: true,
  });
});
