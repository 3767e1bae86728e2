import { randomUUID } from 'node:crypto';
import { expect, mailTo, test } from './support/fixtures';

test('a vendor admin invites a person, changes their role to a partner role and removes them', async ({
  signIn,
  checkScreen,
  t,
}) => {
  const page = await signIn('admin@nordlicht.example');
  await page.getByRole('navigation').getByRole('link', { name: t.nav.members }).click();
  await expect(page.getByRole('heading', { name: t.members.title, level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /channel@nordlicht\.example/ })).toBeVisible();
  await checkScreen(page, 'members');

  const email = `neu.${randomUUID().slice(0, 8)}@nordlicht.example`;
  const name = `Nele Neumann ${randomUUID().slice(0, 4)}`;
  await page.getByRole('button', { name: t.members.new }).click();
  const dialog = page.getByRole('dialog', { name: t.members.new });
  await dialog.getByRole('textbox', { name: t.members.name }).fill(name);
  await dialog.getByRole('textbox', { name: t.auth.email }).fill('nele@');
  await dialog.getByRole('button', { name: t.members.invite }).click();
  await expect(dialog.getByText(t.auth.emailInvalid)).toBeVisible();
  // Someone who is a member already: the API's CONFLICT, shown at the e-mail.
  await dialog.getByRole('textbox', { name: t.auth.email }).fill('channel@nordlicht.example');
  await dialog.getByRole('button', { name: t.members.invite }).click();
  await expect(dialog.getByText(t.members.alreadyMember)).toBeVisible();
  await dialog.getByRole('textbox', { name: t.auth.email }).fill(email);
  await dialog.getByRole('combobox', { name: t.members.role }).click();
  await page.getByRole('option', { name: t.enum.Role.MARKETING }).click();
  await checkScreen(page, 'member-invite');
  await dialog.getByRole('button', { name: t.members.invite }).click();
  await expect(dialog).toBeHidden();
  expect(await mailTo(email)).toContain('set-password');

  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(t.enum.Role.MARKETING);
  await row.getByRole('button', { name: `${t.members.changeRole}: ${name}` }).click();
  const change = page.getByRole('dialog', { name: t.members.changeRoleOf.replace('{{name}}', name) });
  await change.getByRole('combobox', { name: t.members.role }).click();
  await page.getByRole('option', { name: t.enum.Role.PARTNER_SALES }).click();
  await change.getByRole('button', { name: t.partners.save }).click();
  await expect(change.getByText(t.members.choosePartner)).toBeVisible();
  await change.getByRole('combobox', { name: t.members.partner }).click();
  await page.getByRole('option', { name: 'Hansa Haustechnik' }).click();
  await change.getByRole('button', { name: t.partners.save }).click();
  await expect(change).toBeHidden();
  await expect(row).toContainText(t.enum.Role.PARTNER_SALES);
  await expect(row).toContainText('Hansa Haustechnik');

  await row.getByRole('button', { name: `${t.members.remove}: ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: t.members.removeTitle });
  await confirm.getByRole('button', { name: t.members.remove }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
});
