import { test, expect } from '@playwright/test';
import { watchOurConsole } from './consoleErrors';
import { openAsGuestWhenReady } from './signIn';

test('a demo model is a catalog entity linked to its service and owner', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const console = watchOurConsole(page);
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
    page.getByText(/latest version 13 \(pending approval\)/).first(),
  ).toBeVisible();
  // Typed as the Backstage AI ecosystem types models
  await expect(page.getByText('ai-model').first()).toBeVisible();
  // Part of its service's system, not "No System"
  await expect(page.getByText('Secure ML Platform').first()).toBeVisible();
  // Its ML card: the versions with their approval, where they serve, the services serving it
  const card = page
    .locator('.MuiCard-root')
    .filter({ hasText: 'Model versions' });
  await expect(card.getByRole('row').filter({ hasText: 'v13' })).toContainText(
    'Pending approval',
  );
  await expect(card.getByRole('row').filter({ hasText: 'v12' })).toContainText(
    'Approved',
  );
  await expect(card.getByText('Served by')).toBeVisible();
  // The SageMaker model card of the version that serves, as its authors wrote it
  await expect(card.getByText('Model card of v12')).toBeVisible();
  const modelCard = card.getByRole('region', {
    name: 'Model card fraud-scoring-xgb-v12',
  });
  await expect(modelCard.getByText('Risk: High')).toBeVisible();
  await expect(
    modelCard.getByText(/Decline or step up authentication/),
  ).toBeVisible();
  const registry = card.getByRole('link', {
    name: /SageMaker Model Registry: fraud-scoring-xgb/,
  });
  await expect(registry).toHaveAttribute(
    'href',
    /^https:\/\/[a-z0-9-]+\.console\.aws\.amazon\.com\/sagemaker\/home\?region=[a-z0-9-]+#\/model-registry\/fraud-scoring-xgb$/,
  );
  await expect(registry).toHaveAttribute('target', '_blank');
  // The relations graph draws the serving service, the model server and the owner
  const graph = page.locator('svg');
  await expect(graph.getByText('Fraud Scoring API')).toBeVisible();
  await expect(
    graph.getByText('fraud-scoring-prod', { exact: true }),
  ).toBeVisible();
  await expect(graph.getByText('dependencyOf').first()).toBeVisible();
  await expect(graph.getByText('ownedBy')).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/model-entity.png',
    fullPage: true,
  });
  // The service link leads to the ML tab of the service that serves it
  await card.getByRole('link', { name: 'Fraud Scoring API' }).click();
  await expect(page).toHaveURL(/fraud-scoring-api\/ml$/);
  console.expectNone();
});

test('search finds a model once, with its approval and serving state, and filters to models', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const console = watchOurConsole(page);
  // The catalog is indexed shortly after the backend starts
  await openAsGuestWhenReady(page, '/search?query=search-query-intent', p =>
    p.getByText('Serving v3 (not approved)'),
  );
  const results = page.getByRole('link', {
    name: 'search-query-intent',
    exact: true,
  });
  await expect(results).toHaveCount(1);
  await expect(page.getByText('Latest v3: pending approval')).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/search-model.png',
    fullPage: true,
  });

  await page.getByLabel('Models only').check();
  await expect(
    page.getByRole('link', { name: 'Search Ranking Service' }),
  ).toHaveCount(0);
  await expect(results).toHaveCount(1);
  console.expectNone();
});

test('a demo endpoint is a model-server component with its invocation API, in the catalog graph', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const console = watchOurConsole(page);
  await openAsGuestWhenReady(
    page,
    '/catalog/default/component/fraud-scoring-prod',
    p => p.getByRole('heading', { name: 'fraud-scoring-prod' }),
  );
  await expect(page.getByText('model-server').first()).toBeVisible();
  const graph = page.locator('svg');
  // The model it serves, the API it provides and the service it is part of
  await expect(
    graph.getByText('fraud-scoring-xgb', { exact: true }),
  ).toBeVisible();
  await expect(
    graph.getByText('fraud-scoring-prod inference API', { exact: true }),
  ).toBeVisible();
  await expect(graph.getByText('Fraud Scoring API')).toBeVisible();
  await expect(graph.getByText('providesApi').first()).toBeVisible();
  await expect(graph.getByText('dependsOn').first()).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/model-server.png',
    fullPage: true,
  });
  console.expectNone();
});
