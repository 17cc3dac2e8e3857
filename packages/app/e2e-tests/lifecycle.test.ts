import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchOurConsole } from './consoleErrors';
import { openAsGuestWhenReady } from './signIn';

test('the ML tab shows where a demo service stands in the six stages, and what to do next', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const console = watchOurConsole(page);
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/transaction-anomaly-detector/ml',
    p => p.getByText('AI development life cycle'),
  );
  await expect(
    page.getByText('5 of 6 stages in place; next: monitoring and maintenance'),
  ).toBeVisible();
  const stages = page.getByRole('group', { name: 'Stages' });
  await expect(stages.getByRole('button')).toHaveCount(6);
  await expect(
    stages.getByRole('button', { name: 'Monitoring and maintenance: partial' }),
  ).toHaveAttribute('aria-pressed', 'true');
  const monitoring = page.getByRole('region', {
    name: 'Signals of Monitoring and maintenance',
  });
  await expect(
    monitoring.getByText('No enabled EventBridge rule starts txn-anomaly-rcf'),
  ).toBeVisible();
  await expect(monitoring.getByText('How to get there:')).toBeVisible();
  await page
    .getByText('AI development life cycle')
    .first()
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e-screenshots/lifecycle-strip.png' });

  await stages.getByRole('button', { name: /^Model training/ }).click();
  await expect(
    page
      .getByRole('region', { name: 'Signals of Model training' })
      .getByText(/txn-anomaly-rcf-train-2026-10-28-12-55: image pinned/),
  ).toBeVisible();
  console.expectNone();
});

test('the ML Compliance page lists services by stage, filtered by team and exported as CSV', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const console = watchOurConsole(page);
  await openAsGuestWhenReady(page, '/ml-compliance?tab=lifecycle', p =>
    p.getByRole('link', { name: 'Fraud Scoring API' }),
  );
  const row = (name: string) =>
    page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await expect(row('Fraud Scoring API')).toContainText('6 of 6');
  await expect(row('Churn Predictor')).toContainText('Missing');

  await page.getByRole('button', { name: /^All owners/ }).click();
  await page
    .getByRole('option', { name: 'Fraud & Risk ML', exact: true })
    .click();
  await expect(page).toHaveURL(/owner=group%3Adefault%2Ffraud-ml/);
  await expect(row('Fraud Scoring API')).toBeVisible();
  await expect(row('Churn Predictor')).toHaveCount(0);
  await expect(row('Transaction Anomaly Detector')).toContainText('5 of 6');
  await page.screenshot({
    path: 'e2e-screenshots/lifecycle-fleet.png',
    fullPage: true,
  });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export CSV/ }).click();
  const csv = await (await download).path();
  const text = readFileSync(csv!, 'utf8');
  expect(text.split('\r\n')[0]).toContain('Data collection');
  expect(text).toContain('component:default/fraud-scoring-api');
  expect(text).not.toContain('component:default/churn-predictor');
  console.expectNone();
});
