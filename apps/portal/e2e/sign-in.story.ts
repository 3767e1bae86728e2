import { expect, test } from './support/fixtures';

const START_SCREENS = [
  { email: 'admin@nordlicht.example', start: 'leads' },
  { email: 'channel@nordlicht.example', start: 'leads' },
  { email: 'marketing@nordlicht.example', start: 'leads' },
  { email: 'direct@nordlicht.example', start: 'leads' },
  { email: 'admin@hansa.example', start: 'inbox' },
  { email: 'sales@hansa.example', start: 'inbox' },
] as const;

for (const { email, start } of START_SCREENS) {
  test(`${email} signs in and reaches the start screen`, async ({ guest, t }) => {
    const page = await guest();
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await page.getByRole('textbox', { name: t.auth.email }).fill(email);
    await page.getByRole('textbox', { name: t.auth.password }).fill('leadrelay-demo');
    await page.getByRole('button', { name: t.auth.signIn }).click();
    const heading = start === 'inbox' ? t.inbox.title : t.leads.title;
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    // A reload keeps the session (the refresh cookie), though the access token lived only in memory.
    await page.reload();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    expect(await page.evaluate(() => JSON.stringify(localStorage) + document.cookie)).not.toMatch(/eyJ/);
  });
}

test('a wrong password is said plainly, and signing out everywhere ends the session', async ({ guest, t, checkScreen }) => {
  const page = await guest();
  await page.goto('/login');
  await page.getByRole('textbox', { name: t.auth.email }).fill('sales@isar.example');
  await page.getByRole('textbox', { name: t.auth.password }).fill('not-the-password');
  await page.getByRole('button', { name: t.auth.signIn }).click();
  await expect(page.getByRole('alert')).toHaveText(t.auth.wrongCredentials);
  await checkScreen(page, 'sign-in');

  await page.getByRole('textbox', { name: t.auth.password }).fill('leadrelay-demo');
  await page.getByRole('button', { name: t.auth.signIn }).click();
  await expect(page.getByRole('heading', { name: t.inbox.title, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Ingrid' }).or(page.getByRole('banner').getByRole('button').last()).click();
  await page.getByRole('menuitem', { name: t.nav.signOutEverywhere }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/offers');
  await expect(page).toHaveURL(/\/login/);
});

test('a forgotten password: the page promises a link without telling whether the account exists', async ({
  guest,
  t,
  checkScreen,
}) => {
  const page = await guest();
  await page.goto('/login');
  await page.getByRole('link', { name: t.auth.forgotPassword }).click();
  // The sign-in page has an e-mail field too: wait for the next page before typing.
  await expect(page.getByRole('heading', { name: t.auth.forgotTitle, level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: t.auth.email }).fill(`nobody-${Date.now()}@nowhere.example`);
  await page.getByRole('button', { name: t.auth.sendResetLink }).click();
  await expect(page.getByText(t.auth.resetSent)).toBeVisible();
  await checkScreen(page, 'forgot-password');
});
