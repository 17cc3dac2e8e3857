import { test, expect } from '@playwright/test';
import { watchOurConsole } from './consoleErrors';
import { openAsGuestWhenReady } from './signIn';

test('the ML Compliance page opens with the summary, blocked services first, and leads to the ML tab', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const console = watchOurConsole(page);
  await openAsGuestWhenReady(page, '/ml-compliance', p =>
    p.getByRole('link', { name: 'Transaction Anomaly Detector' }),
  );

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(nav.getByRole('link', { name: 'ML Compliance' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Model Catalog' })).toBeVisible();
  await expect(page.getByText('Services by verdict')).toBeVisible();
  await expect(page.getByText('Top failing controls')).toBeVisible();
  await expect(page.getByText('Teams by critical failures')).toBeVisible();

  // Verdict first: every service with a failing critical check comes before any other,
  // whatever its score (the anomaly detector scores 94 and is blocked)
  const table = page.getByRole('table').filter({ hasText: 'Verdict' });
  const verdicts = await table
    .getByRole('row')
    .filter({ has: page.getByRole('link') })
    .evaluateAll(rows => rows.map(r => r.querySelector('td')?.textContent));
  expect(verdicts.length).toBeGreaterThan(3);
  const firstNotBlocked = verdicts.findIndex(v => v !== 'Blocked');
  expect(firstNotBlocked).toBeGreaterThan(0);
  expect(verdicts.slice(firstNotBlocked)).not.toContain('Blocked');
  const critical = table
    .getByRole('row')
    .filter({ hasText: 'Transaction Anomaly Detector' });
  await expect(critical).toContainText('Blocked');
  await expect(critical).toContainText('1 critical');
  await page.screenshot({
    path: 'e2e-screenshots/ml-compliance.png',
    fullPage: true,
  });

  // A summary item filters the table, and the URL keeps the filter
  await page.getByRole('button', { name: /At risk/ }).click();
  await expect(page).toHaveURL(/verdict=at_risk/);
  await expect(
    page.getByRole('link', { name: 'Transaction Anomaly Detector' }),
  ).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: 'Churn Predictor' }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('link', { name: 'Churn Predictor' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Fraud Scoring API' }),
  ).toHaveCount(0);

  await page.getByRole('tab', { name: 'By team' }).click();
  await expect(page).toHaveURL(/tab=teams/);
  await expect(page.getByText('Services per team')).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/ml-compliance-by-team.png',
    fullPage: true,
  });

  // A row opens the service's ML tab
  await page.getByRole('tab', { name: 'Services' }).click();
  await page.getByRole('link', { name: 'Churn Predictor' }).click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/churn-predictor\/ml$/,
  );
  await expect(page.getByText('Compliance', { exact: true })).toBeVisible();
  console.expectNone();
});

test('the Overview of a service has the ML summary card, linked to its ML tab', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const console = watchOurConsole(page);
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/transaction-anomaly-detector',
    p => p.getByText('Open the ML tab'),
  );
  const card = page
    .locator('.MuiCard-root')
    .filter({ hasText: 'Open the ML tab' });
  await expect(card).toContainText('Blocked');
  await expect(card).toContainText(
    /txn-anomaly-rcf v\d+ \(approved\) on txn-anomaly-prod/,
  );
  await expect(card).toContainText('drifting');
  await card.screenshot({ path: 'e2e-screenshots/overview-ml-card.png' });
  await page.screenshot({
    path: 'e2e-screenshots/overview.png',
    fullPage: true,
  });
  await card.getByText('Open the ML tab').click();
  await expect(page).toHaveURL(/transaction-anomaly-detector\/ml$/);
  console.expectNone();
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
  // A group opens its model entity
  await page
    .getByRole('link', { name: 'search-query-intent', exact: true })
    .click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/resource\/search-query-intent$/,
  );
  await expect(page.getByText('Model versions')).toBeVisible();
});
