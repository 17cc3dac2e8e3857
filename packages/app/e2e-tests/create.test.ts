import { test, expect } from '@playwright/test';
import { openAsGuestWhenReady } from './signIn';

test('Create lists the Secure ML service template and its form refuses a bad name', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAsGuestWhenReady(page, '/create', p =>
    p.getByText('Secure ML service'),
  );
  await page.screenshot({ path: 'e2e-screenshots/create.png', fullPage: true });

  await page.getByRole('button', { name: 'Choose' }).first().click();
  await expect(page.getByText('The service').first()).toBeVisible();
  await page.getByLabel('Name').first().fill('Payment Scorer');
  await page
    .getByLabel('Description')
    .first()
    .fill('Scores card payments for fraud risk');
  await page.getByLabel('Owner').first().click();
  await page
    .getByRole('option', { name: /Fraud & Risk ML|fraud-ml/ })
    .first()
    .click();
  await page.getByLabel('System').first().click();
  await page
    .getByRole('option', { name: /Secure ML Platform|secure-ml-platform/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Next' }).click();
  // The name must be lowercase with hyphens: the form stays on its step and says so.
  await expect(page.getByText(/must match pattern/).first()).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/create-validation.png',
    fullPage: true,
  });

  await page.getByLabel('Name').first().fill('payment-risk-scorer');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByLabel('AWS account id').first()).toBeVisible();
});
