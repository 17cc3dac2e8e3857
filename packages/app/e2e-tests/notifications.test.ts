import { test, expect } from '@playwright/test';
import { asFraudMember } from './asFraudMember';
import { openAsGuestWhenReady } from './signIn';

test.beforeEach(async ({ page }) => asFraudMember(page));

test('a drifting endpoint raises one notification for the owning team, and a refresh of the same state none', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const drifting = page.getByText(
    'txn-anomaly-prod of Transaction Anomaly Detector is drifting',
  );
  await openAsGuestWhenReady(page, '/notifications', () => drifting);
  await expect(drifting).toHaveCount(1);

  // Read the service again: its state is the same, so nobody is told again
  await page.goto('/catalog/default/component/transaction-anomaly-detector/ml');
  const refresh = page.getByRole('button', { name: /Refresh now/ });
  await refresh.click();
  await expect(refresh).toBeEnabled();
  await page.goto('/notifications');
  await expect(drifting).toBeVisible();
  await expect(drifting).toHaveCount(1);
  await page.screenshot({
    path: test.info().outputPath('notifications.png'),
    fullPage: true,
  });
});
