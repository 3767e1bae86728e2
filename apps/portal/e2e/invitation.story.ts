import { randomUUID } from 'node:crypto';
import { expect, linkIn, mailTo, test } from './support/fixtures';

test('the invitation link from a real mail sets a password and signs in', async ({ api, guest, checkScreen, t }) => {
  const email = `neu-${randomUUID().slice(0, 8)}@hansa.example`;
  await api('admin@hansa.example').call(`mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`, {
    input: { email, name: 'Nele Neumann', role: 'PARTNER_SALES' },
  });
  const link = linkIn(await mailTo(email), '/set-password?token=');

  const page = await guest();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: t.auth.setPasswordTitle })).toBeVisible();
  await page.getByRole('textbox', { name: t.auth.newPassword }).fill('kurz');
  await page.getByRole('textbox', { name: t.auth.repeatPassword }).fill('kurz');
  await page.getByRole('button', { name: t.auth.savePassword }).click();
  await expect(page.getByText(t.auth.passwordTooShort)).toBeVisible();
  await checkScreen(page, 'set-password');

  const password = 'Nordsee-Wind-2027!';
  await page.getByRole('textbox', { name: t.auth.newPassword }).fill(password);
  await page.getByRole('textbox', { name: t.auth.repeatPassword }).fill(password);
  await page.getByRole('button', { name: t.auth.savePassword }).click();
  await expect(page.getByText(t.auth.passwordSetSignIn)).toBeVisible();
  await page.getByRole('textbox', { name: t.auth.email }).fill(email);
  await page.getByRole('textbox', { name: t.auth.password }).fill(password);
  await page.getByRole('button', { name: t.auth.signIn }).click();
  await expect(page.getByRole('heading', { name: t.inbox.title, level: 1 })).toBeVisible();

  // The link works once.
  const again = await guest();
  await again.goto(link);
  await again.getByRole('textbox', { name: t.auth.newPassword }).fill(password);
  await again.getByRole('textbox', { name: t.auth.repeatPassword }).fill(password);
  await again.getByRole('button', { name: t.auth.savePassword }).click();
  await expect(again.getByRole('alert')).toHaveText(t.errors.TOKEN_INVALID);
});
