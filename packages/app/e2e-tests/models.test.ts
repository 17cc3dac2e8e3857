import { test, expect } from '@playwright/test';
import { openAsGuestWhenReady } from './signIn';

test('a demo model is a catalog entity linked to its service and owner', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAsGuestWhenReady(
    page,
    '/?filters%5Bkind%5D=resource&filters%5Buser%5D=all',
    p => p.getByRole('link', { name: 'fraud-scoring-xgb', exact: true }),
  );

  await page
    .getByRole('link', { name: 'fraud-scoring-xgb', exact: true })
    .click();
  await expect(
    page.getByRole('heading', { name: 'fraud-scoring-xgb' }),
  ).toBeVisible();
  await expect(page.getByText('Fraud & Risk ML').first()).toBeVisible();
  await expect(
    page.getByText(/latest version 13 \(PendingManualApproval\)/).first(),
  ).toBeVisible();
  await expect(page.getByText('ml-model').first()).toBeVisible();
  // The relations graph draws the serving service and the owner
  const graph = page.locator('svg');
  await expect(graph.getByText('Fraud Scoring API')).toBeVisible();
  await expect(graph.getByText('dependencyOf')).toBeVisible();
  await expect(graph.getByText('ownedBy')).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/model-entity.png',
    fullPage: true,
  });
});
