import { expect, test } from './support/fixtures';

test('a partner admin switches a kind of mail off (it stays after a reload) and the language', async ({
  signIn,
  checkScreen,
  t,
  language,
}) => {
  // One person per language run: the two runs share the server and would switch each other's mails.
  const page = await signIn(language === 'de' ? 'admin@isar.example' : 'admin@rhein.example');
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

  // The other language, chosen in the settings, changes the screen at once; and back.
  const other = language === 'de' ? 'en' : 'de';
  const main = page.getByRole('main');
  await main.getByText(t.common.languages[other], { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(t.settings.title);
  await main.getByText(t.common.languages[language], { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.settings.title);
});

test('an address that leads nowhere says so and offers the navigation', async ({ signIn, checkScreen, t }) => {
  const page = await signIn('sales@hansa.example');
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { name: t.common.notFoundTitle, level: 1 })).toBeVisible();
  await checkScreen(page, 'not-found');
});
