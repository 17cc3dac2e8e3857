import { Page } from '@playwright/test';

/**
 * The portal as a member of fraud-ml sees it: the frontend is the same, its API calls go to the
 * second backend of playwright.config.ts, whose guest is amara.okafor of fraud-ml (no admin), also in
 * fraud-ml-leads, the approvers of the fraud scoring and KYC versions (model-risk approves the
 * anomaly detector's).
 */
export async function asFraudMember(page: Page) {
  const portal = `localhost:${process.env.E2E_BACKEND_PORT ?? '7007'}`;
  const team = `localhost:${process.env.E2E_TEAM_BACKEND_PORT ?? '7027'}`;
  await page.route(`http://${portal}/**`, route =>
    route.continue({ url: route.request().url().replace(portal, team) }),
  );
}
