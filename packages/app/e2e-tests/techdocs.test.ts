import { test, expect } from '@playwright/test';
import { watchOurConsole } from './consoleErrors';
import { openAsGuestWhenReady } from './signIn';

test("TechDocs builds and shows a demo service's docs: controls, runbook, incident response", async ({
  page,
}) => {
  // The first visit builds the site with the machine's mkdocs
  test.setTimeout(240_000);
  const console = watchOurConsole(page);
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/transaction-anomaly-detector/docs',
    p =>
      p.getByRole('heading', { name: 'Transaction Anomaly Detector' }).last(),
  );
  const nav = page.getByRole('navigation').filter({ hasText: 'Runbook' });
  await expect(nav.getByText('Security controls')).toBeVisible();
  await nav.getByText('Incident response').click();
  await expect(
    page.getByRole('heading', { name: 'Incident response plan' }),
  ).toBeVisible();
  await expect(page.getByText('Preserve evidence')).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/techdocs-incident-response.png',
    fullPage: true,
  });
  console.expectNone();
});
