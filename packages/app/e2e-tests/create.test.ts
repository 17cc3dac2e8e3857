import { test, expect, Page } from '@playwright/test';
import { watchOurConsole } from './consoleErrors';
import { openAsGuestWhenReady } from './signIn';

/** The form's first step: name, description, the fraud-ml team and the ML platform; then Next. */
async function fillTheService(page: Page, name: string) {
  await page.getByLabel('Name').first().fill(name);
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
}

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
  await fillTheService(page, 'Payment Scorer');
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

test("Create finishes on the default config: published to the portal's disk, in the catalog with its docs", async ({
  page,
}) => {
  test.setTimeout(420_000);
  const console = watchOurConsole(page);
  // A new name each run: the portal's disk keeps what earlier runs created
  const name = `scorer-${Date.now().toString(36)}`;
  await openAsGuestWhenReady(page, '/create', p =>
    p.getByText('Secure ML service'),
  );
  await page.getByRole('button', { name: 'Choose' }).first().click();
  await fillTheService(page, name);
  await page.getByLabel('AWS account id').first().fill('111122223333');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByLabel('Publish to').first().click();
  await page.getByRole('option', { name: /This portal's disk/ }).click();
  await expect(page.getByLabel('Repository')).toHaveCount(0);
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  // The gate's review and where the project went
  await expect(
    page.getByRole('cell', { name: 'role-no-admin-policies' }),
  ).toBeVisible({ timeout: 120_000 });
  await page.screenshot({
    path: 'e2e-screenshots/create-finished-locally.png',
    fullPage: true,
  });
  await page.getByRole('button', { name: 'Where the project is' }).click();
  await expect(page.getByText(/Written to .*\.created-projects/)).toBeVisible();

  await page.getByRole('link', { name: 'Open in catalog' }).click();
  // The catalog processes the new location on its own schedule, slower on a busy machine: the page
  // is loaded again until the entity, with its docs annotation, is there.
  const techDocs = page.getByRole('link', { name: 'TechDocs', exact: true });
  await expect(async () => {
    if (!(await techDocs.isVisible())) await page.reload();
    await expect(page.getByRole('heading', { name })).toBeVisible({
      timeout: 10_000,
    });
    await expect(techDocs).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 180_000 });
  // Its docs build from the published folder, incident response plan included
  await techDocs.click();
  await expect(async () => {
    await page.reload();
    await expect(
      page.getByRole('navigation').getByText('Incident response').first(),
    ).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });
  await page.screenshot({
    path: 'e2e-screenshots/create-project-docs.png',
    fullPage: true,
  });
  console.expectNone();
});
