// What every story has: the run's language and its catalog, people signed in in their own browser
// contexts, a GraphQL session per person for seeding, and the checks each screen gets (axe, no
// untranslated key, a screenshot).
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type Page, test as base, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { de } from '../../src/shared/i18n/de';
import { type Catalog, en } from '../../src/shared/i18n/en';
import { Api, PASSWORD } from './seed';

export interface PortalOptions {
  language: 'de' | 'en';
}

interface Fixtures {
  t: Catalog;
  /** A browser context signed in as this person (the refresh cookie set by a login), on its start screen. */
  signIn: (email: string, tenantId?: string) => Promise<Page>;
  /** A fresh, signed-out page in the run's language. */
  guest: () => Promise<Page>;
  api: (email: string, tenantId?: string) => Api;
  /** axe (no serious or critical violations), no raw catalog key on the screen, and a screenshot. */
  checkScreen: (page: Page, name: string) => Promise<void>;
}

const CATALOG_KEY =
  /\b(common|auth|nav|deadline|inbox|reasons|leads|lead|newLead|moves|queues|partners|failedMails|intakeKeys|webhooks|reasonCodes|tenantSettings|members|team|settings|errors|events|enum)\.[A-Za-z_]+/;
const SCREENSHOTS = join(__dirname, '..', 'screenshots');

async function newPage(browser: Browser, language: 'de' | 'en', baseURL: string): Promise<Page> {
  // Reduced motion: a dialog is open or gone, never half faded when axe measures its contrast.
  const context = await browser.newContext({
    baseURL,
    locale: language === 'de' ? 'de-DE' : 'en-US',
    reducedMotion: 'reduce',
  });
  // The language switch's remembered choice: the run's language whatever the user's or tenant's is.
  await context.addInitScript((chosen) => localStorage.setItem('leadrelay.language', chosen), language);
  return context.newPage();
}

export const test = base.extend<Fixtures & PortalOptions>({
  language: ['de', { option: true }],
  t: async ({ language }, use) => use(language === 'de' ? de : en),
  guest: async ({ browser, language, baseURL }, use) => {
    const pages: Page[] = [];
    await use(async () => {
      const page = await newPage(browser, language, baseURL!);
      pages.push(page);
      return page;
    });
    for (const page of pages) await page.context().close();
  },
  signIn: async ({ browser, language, baseURL }, use) => {
    const pages: Page[] = [];
    await use(async (email, tenantId) => {
      const page = await newPage(browser, language, baseURL!);
      pages.push(page);
      const response = await page.request.post('/graphql', {
        data: {
          query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
          variables: { input: { email, password: PASSWORD, tenantId } },
        },
      });
      expect((await response.json()).data?.login, `login of ${email}`).toBeTruthy();
      await page.goto('/');
      await expect(page.getByRole('navigation')).toBeVisible();
      return page;
    });
    for (const page of pages) await page.context().close();
  },
  api: async ({ playwright, baseURL }, use) => {
    const request = await playwright.request.newContext({ baseURL });
    await use((email, tenantId) => new Api(request, email, tenantId));
    await request.dispose();
  },
  checkScreen: async ({ language }, use) => {
    await use(async (page, name) => {
      await page.waitForLoadState('networkidle');
      const text = await page.locator('body').innerText();
      expect(text, 'an untranslated catalog key on the screen').not.toMatch(CATALOG_KEY);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const described = serious.flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.any[0]?.message ?? v.help}`),
      );
      expect(described, `axe on ${name}`).toEqual([]);
      mkdirSync(join(SCREENSHOTS, language), { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, language, `${name}.png`), fullPage: true });
    });
  },
});

export { expect };

/** The newest mail the tests' SMTP server received for an address, as raw text (waits for it). */
export async function mailTo(address: string, timeoutMs = 20_000): Promise<string> {
  const dir = process.env.PORTAL_TEST_MAIL_DIR!;
  const until = Date.now() + timeoutMs;
  for (;;) {
    const files = readdirSync(dir)
      .filter((name) => name.endsWith(`${address}.eml`) || name.includes(`-${address},`) || name.includes(`,${address}`))
      .sort();
    if (files.length > 0) return readFileSync(join(dir, files[files.length - 1]!), 'utf8');
    if (Date.now() > until) throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** The portal link in a mail (quoted-printable soft breaks undone). */
export function linkIn(mail: string, path: string): string {
  const text = mail.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = text.match(new RegExp(`https?://[^\\s"<>]*${path.replace(/[?]/g, '\\?')}[^\\s"<>]*`));
  if (!match) throw new Error(`no link to ${path} in the mail`);
  return match[0];
}
