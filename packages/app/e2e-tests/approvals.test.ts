import { test, expect } from '@playwright/test';
import { asFraudMember } from './asFraudMember';
import { openAsGuestWhenReady } from './signIn';

test.beforeEach(async ({ page }) => asFraudMember(page));

test('an approver of fraud-ml approves a pending version with a comment, but not one they registered', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/fraud-scoring-api/ml',
    p => p.getByText('fraud-scoring-xgb'),
  );
  const v13 = page
    .getByRole('row')
    .filter({ hasText: 'fraud-scoring-xgb-train-2026-11-21' });
  await v13.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByRole('textbox')
    .fill('AUC up 0.8 points on the October holdout; shadow test clean');
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    v13.getByText('Approved', { exact: true }).first(),
  ).toBeVisible();
  await expect(v13.getByText(/Approved by/)).toBeVisible();
  await expect(
    v13.getByRole('link', { name: /Amara Okafor|amara\.okafor/ }),
  ).toBeVisible();
  await expect(
    v13.getByText(
      'AUC up 0.8 points on the October holdout; shadow test clean',
    ),
  ).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('approved-version.png'),
    fullPage: true,
  });

  // Four eyes: amara registered version 6 of the KYC classifier
  await page.goto('/catalog/default/component/kyc-document-classifier/ml');
  const v6 = page
    .getByRole('row')
    .filter({ hasText: 'kyc-doc-classifier-train-2026-11-24' });
  const approve = v6.getByRole('button', { name: 'Approve' });
  await expect(approve).toBeDisabled();
  await approve.locator('..').hover();
  await expect(
    page.getByText(
      'You registered this version: another approver must decide on it',
    ),
  ).toBeVisible();
});

test('a member of the owning team who is not among the approvers sees the buttons disabled, and why', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Model risk, another team, approves the anomaly detector's versions (aidlc.io/model-approvers)
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/transaction-anomaly-detector/ml',
    p => p.getByText('txn-anomaly-rcf'),
  );
  // Version 6 serves, approved: rejecting it is the decision at hand
  const v6 = page
    .getByRole('row')
    .filter({ hasText: 'txn-anomaly-rcf-train-2026-10-28' });
  const reject = v6.getByRole('button', { name: 'Reject' });
  await expect(reject).toBeDisabled();
  await reject.locator('..').hover();
  await expect(
    page.getByText('Only model-risk can approve or reject these versions'),
  ).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('not-an-approver.png'),
    fullPage: true,
  });
});
