// Prints how long the inbox with 25 pending offers takes, from navigation until it is interactive
// (25 teasers shown, each with its accept button enabled), in Debian's Chromium against an
// `npm start`-like server on the embedded PostgreSQL (the browser stories' global set-up).
// A figure to read, not a timed test: `npm run portal:inbox-speed`.
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import type { FullConfig } from '@playwright/test';
import globalSetup from '../e2e/support/global-setup';
import { Api, PARTNERS, PASSWORD, aQualifiedLead, distribute } from '../e2e/support/seed';

const OFFERS = 25;
const RUNS = 7;
const PORT = Number(process.env.PORTAL_SPEED_PORT ?? 3220);
const BASE_URL = `http://localhost:${PORT}`;
const PARTNER_EMAIL = 'sales@hansa.example';

async function main(): Promise<void> {
  const stop = await globalSetup({ projects: [{ use: { baseURL: BASE_URL } }] } as unknown as FullConfig);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const context = await browser.newContext({ baseURL: BASE_URL, locale: 'de-DE' });
    const channel = new Api(context.request, 'channel@nordlicht.example');
    const partner = new Api(context.request, PARTNER_EMAIL);
    const pending = async () =>
      (
        await partner.call<{ offers: { totalCount: number } }>(
          '{ offers(filter: { status: [PENDING] }, first: 1) { totalCount } }',
        )
      ).offers.totalCount;
    for (let count = await pending(); count < OFFERS; count++) {
      const lead = await aQualifiedLead(channel);
      await distribute(channel, lead.id, [PARTNERS.hansa], 'EXCLUSIVE');
    }
    const waiting = await pending();

    const login = await context.request.post('/graphql', {
      data: {
        query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        variables: { input: { email: PARTNER_EMAIL, password: PASSWORD } },
      },
    });
    if (!(await login.json()).data?.login) throw new Error(`login of ${PARTNER_EMAIL} failed`);
    const page = await context.newPage();

    const interactive = async () => {
      await page
        .getByRole('article')
        .nth(OFFERS - 1)
        .getByRole('button')
        .first()
        .waitFor({ state: 'visible' });
      const enabled = await page
        .getByRole('article')
        .evaluateAll((cards) => cards.every((card) => !card.querySelector('button')?.hasAttribute('disabled')));
      if (!enabled) throw new Error('an accept button was disabled');
    };
    const inApp: number[] = [];
    const fullLoad: number[] = [];
    // The first run warms the server and the browser's cache up; it is not counted.
    for (let run = 0; run <= RUNS; run++) {
      // In the portal: from the settings page, a click on the inbox in the navigation.
      await page.goto('/settings');
      await page.getByRole('heading', { level: 1 }).waitFor();
      let started = Date.now();
      await page.locator('nav a[href="/offers"]').click();
      await interactive();
      if (run > 0) inApp.push(Date.now() - started);
      // A full page load of /offers: the JavaScript, the session refresh, who is signed in, the offers.
      started = Date.now();
      await page.goto('/offers');
      await interactive();
      if (run > 0) fullLoad.push(Date.now() - started);
    }
    const median = (figures: number[]) => [...figures].sort((a, b) => a - b)[Math.floor(figures.length / 2)]!;
    const describe = (figures: number[]) =>
      `median ${median(figures)} ms (best ${Math.min(...figures)}, worst ${Math.max(...figures)})`;
    console.log(`inbox with ${OFFERS} offers (${waiting} pending) until interactive, over ${RUNS} runs; budget 1500 ms`);
    console.log(`  navigation in the portal:  ${describe(inApp)}`);
    console.log(`  full page load of /offers: ${describe(fullLoad)}`);
    console.log(`  (load average of this machine: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
    if (median(fullLoad) > 1500) process.exitCode = 1;
  } finally {
    await browser.close();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
