import { expect, Locator, Page } from '@playwright/test';

/**
 * Opens a page of the portal, signing in as guest whenever the sign-in page shows (it does on
 * every full page load), and waits until `ready` is visible.
 */
export async function openAsGuest(
  page: Page,
  path: string,
  ready: (page: Page) => Locator,
) {
  await page.goto(path);
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter.or(ready(page)).first()).toBeVisible();
  if (await enter.isVisible()) await enter.click();
  await expect(ready(page).first()).toBeVisible({ timeout: 5_000 });
}

/**
 * `openAsGuest`, tried again for up to two minutes: the demo's ML data, models and templates land in
 * the first refreshes after the backend starts.
 */
export async function openAsGuestWhenReady(
  page: Page,
  path: string,
  ready: (page: Page) => Locator,
) {
  await expect(async () => {
    await openAsGuest(page, path, ready);
  }).toPass({ timeout: 120_000 });
}
