import { expect, test } from './support/fixtures';

test('a vendor admin finds the failed mails in the navigation; a channel manager has no such queue', async ({
  signIn,
  checkScreen,
  t,
}) => {
  const admin = await signIn('admin@nordlicht.example');
  await admin
    .getByRole('navigation')
    .getByRole('link', { name: new RegExp(t.nav.failedMails) })
    .click();
  await expect(admin.getByRole('heading', { name: t.failedMails.title, level: 1 })).toBeVisible();
  await expect(admin.getByText(t.failedMails.empty)).toBeVisible();
  await checkScreen(admin, 'failed-mails');

  const channel = await signIn('channel@nordlicht.example');
  await expect(channel.getByRole('navigation').getByRole('link', { name: t.nav.unplaced })).toBeVisible();
  await expect(channel.getByRole('navigation').getByRole('link', { name: new RegExp(t.nav.failedMails) })).toHaveCount(0);
});
