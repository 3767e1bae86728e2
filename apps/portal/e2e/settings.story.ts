import { de } from '../src/shared/i18n/de';
import { en } from '../src/shared/i18n/en';
import { expect, mailTo, test } from './support/fixtures';

test('a partner admin (and a channel manager) switches a kind of mail off (it stays after a reload) and the language (saved with the account)', async ({
  signIn,
  checkScreen,
  t,
  language,
}) => {
  // One person per language run: the two runs share the server and would switch each other's mails
  // and language; neither is signed in by any other story, where a saved language would override the run's.
  const email = language === 'de' ? 'channel@acme.example' : 'admin@rhein.example';
  const page = await signIn(email);
  await page.getByRole('link', { name: t.nav.settings }).click();
  await expect(page.getByRole('heading', { name: t.settings.title, level: 1 })).toBeVisible();
  const reminders = page.getByRole('checkbox', { name: t.enum.NotificationCategory.REMINDERS });
  await expect(reminders).toBeChecked();
  await checkScreen(page, 'settings');

  await reminders.click();
  await expect(reminders).not.toBeChecked();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: t.enum.NotificationCategory.REMINDERS })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: t.enum.NotificationCategory.OFFERS })).toBeChecked();
  await page.getByRole('checkbox', { name: t.enum.NotificationCategory.REMINDERS }).click();
  await expect(page.getByRole('checkbox', { name: t.enum.NotificationCategory.REMINDERS })).toBeChecked();

  // The other language, chosen in the settings, changes the screen at once, is saved with the
  // account: it outlasts a reload and a new sign-in in another browser (whose own switch says the
  // run's language), and the mails to the person come in it; switching back saves the run's again.
  const other = language === 'de' ? 'en' : 'de';
  const otherCatalog = other === 'de' ? de : en;
  const main = page.getByRole('main');
  await main.getByText(t.common.languages[other], { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherCatalog.settings.title);
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherCatalog.settings.title);
  const elsewhere = await signIn(email);
  await expect(elsewhere.getByRole('link', { name: otherCatalog.nav.settings })).toBeVisible();
  await expect(elsewhere.locator('html')).toHaveAttribute('lang', other);
  await checkScreen(elsewhere, `settings-saved-language-${other}`);

  const reset = await elsewhere.request.post('/graphql', {
    data: {
      query: 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
      variables: { input: { email } },
    },
  });
  expect((await reset.json()).data?.requestPasswordReset).toBe(true);
  // The newest mail to the person: the reset, once it has arrived (offer mails may be older).
  await expect
    .poll(async () => {
      const mail = (await mailTo(email)).replace(/=\r?\n/g, '');
      return mail.includes('set-password?token') ? mail.match(/^Content-Language: (\w+)/m)?.[1] : 'waiting';
    })
    .toBe(other);

  await main.getByText(otherCatalog.common.languages[language], { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.settings.title);
  await page.waitForLoadState('networkidle');
  const back = await signIn(email);
  await expect(back.getByRole('link', { name: t.nav.settings })).toBeVisible();
});

test('an address that leads nowhere says so and offers the navigation', async ({ signIn, checkScreen, t }) => {
  const page = await signIn('sales@hansa.example');
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { name: t.common.notFoundTitle, level: 1 })).toBeVisible();
  await checkScreen(page, 'not-found');
});
