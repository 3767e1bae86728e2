// Browser stories in Debian's Chromium against an `npm start`-like server (embedded PostgreSQL, the
// demo data, the worker, mail to the tests' own SMTP server); see e2e/support/global-setup.ts.
// Every story runs twice: German (the main run) and English.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import type { PortalOptions } from './e2e/support/fixtures';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `The browser stories need Chromium at ${chromium}. Install it with \`apt-get install -y chromium\` ` +
      '(Debian; never `npx playwright install`), or set CHROMIUM_PATH to a Chromium binary.',
  );
}

export const PORT = Number(process.env.PORTAL_TEST_PORT ?? 3210);

export default defineConfig<PortalOptions>({
  testDir: './e2e',
  testMatch: '**/*.story.ts',
  outputDir: './test-results',
  globalSetup: './e2e/support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'de', use: { language: 'de', locale: 'de-DE' } },
    { name: 'en', use: { language: 'en', locale: 'en-US' } },
  ],
});
