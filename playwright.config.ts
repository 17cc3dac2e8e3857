import { defineConfig } from '@playwright/test';
import { generateProjects } from '@backstage/e2e-test-utils/playwright';

// Browser tests run against the portal started exactly as the README's start command does
// (frontend dev server on :3000, backend on :7007, embedded defaults), plus a second backend on :7027
// whose guest is a member of one team (fraud-ml), for the tests of what a team sees. Playwright
// stops them at the end. The browser is Debian's chromium: nothing is downloaded.
// Ports: the usual ones, or those scripts/test-all.mjs picked free (two runs on one machine).
const appPort = process.env.E2E_APP_PORT ?? '3000';
const backendPort = process.env.E2E_BACKEND_PORT ?? '7007';
const teamBackendPort = process.env.E2E_TEAM_BACKEND_PORT ?? '7027';
const appUrl = `http://localhost:${appPort}`;

/** The config overrides of a backend on `port` for the frontend at `appUrl`. */
const backendAt = (port: string) => ({
  APP_CONFIG_backend_listen_port: port,
  APP_CONFIG_backend_baseUrl: `http://localhost:${port}`,
  APP_CONFIG_backend_cors_origin: appUrl,
  APP_CONFIG_app_baseUrl: appUrl,
});

export default defineConfig({
  timeout: 90_000,
  expect: { timeout: 30_000 },
  webServer: [
    {
      command: 'yarn start backend',
      url: `http://localhost:${backendPort}/.backstage/health/v1/readiness`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: backendAt(backendPort),
    },
    {
      command: 'yarn workspace backend start',
      url: `http://localhost:${teamBackendPort}/.backstage/health/v1/readiness`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: {
        ...backendAt(teamBackendPort),
        APP_CONFIG_auth_providers_guest_userEntityRef:
          'user:default/amara.okafor',
      },
    },
    {
      command: 'yarn start app',
      url: appUrl,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: {
        APP_CONFIG_app_baseUrl: appUrl,
        APP_CONFIG_backend_baseUrl: `http://localhost:${backendPort}`,
      },
    },
  ],
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['json'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? appUrl,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  outputDir: 'node_modules/.cache/e2e-test-results',
  // generateProjects() asks for Google Chrome's channel; we use the executablePath above instead.
  projects: generateProjects().map(
    ({ use: _chromeChannel, ...project }) => project,
  ),
});
