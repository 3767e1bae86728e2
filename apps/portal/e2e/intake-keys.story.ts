import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';

test('a vendor admin creates an intake key, copies it and its HTML form once, sees its leads counted and revokes it', async ({
  signIn,
  checkScreen,
  t,
}) => {
  const page = await signIn('admin@nordlicht.example');
  await page.getByRole('navigation').getByRole('link', { name: t.nav.intakeKeys }).click();
  await expect(page.getByRole('heading', { name: t.intakeKeys.title, level: 1 })).toBeVisible();

  const name = `Kontaktformular ${randomUUID().slice(0, 6)}`;
  await page.getByRole('button', { name: t.intakeKeys.new }).click();
  const dialog = page.getByRole('dialog', { name: t.intakeKeys.new });
  await dialog.getByRole('button', { name: t.intakeKeys.create }).click();
  await expect(dialog.getByText(t.newLead.required)).toBeVisible();
  await dialog.getByRole('textbox', { name: t.intakeKeys.name, exact: true }).fill(name);
  await dialog.getByRole('textbox', { name: t.intakeKeys.sourceDetail }).fill('Website 2027');
  await dialog.getByRole('button', { name: t.intakeKeys.create }).click();

  const created = page.getByRole('dialog', { name: t.intakeKeys.createdTitle });
  await expect(created.getByText(t.intakeKeys.shownOnce)).toBeVisible();
  const secret = (await created.getByLabel(t.intakeKeys.key, { exact: true }).innerText()).trim();
  expect(secret).toMatch(/^lrk_/);
  const snippet = created.getByLabel(t.intakeKeys.snippet);
  await expect(snippet).toContainText(`value="${secret}"`);
  await expect(snippet).toContainText('/intake/leads');
  await expect(created.getByRole('button', { name: t.intakeKeys.copyKey })).toBeVisible();
  await checkScreen(page, 'intake-key-created');
  await created.getByRole('button', { name: t.common.done }).click();

  // The list shows only the key's first characters, never the key.
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(t.intakeKeys.neverUsed);
  await expect(page.getByText(secret)).toHaveCount(0);

  // A web form posts a lead with it, as the snippet's form would.
  const posted = await page.request.post('/intake/leads', {
    form: { intakeKey: secret, companyName: `Formular ${name} GmbH`, country: 'DE', lastName: 'Jensen', consent: 'on' },
  });
  expect(posted.status()).toBe(201);
  await page.reload();
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');
  await checkScreen(page, 'intake-keys');

  await row.getByRole('button', { name: `${t.intakeKeys.revoke}: ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: t.intakeKeys.revokeTitle });
  await confirm.getByRole('button', { name: t.intakeKeys.revoke }).click();
  await expect(confirm).toBeHidden();
  await expect(row.getByRole('button')).toHaveCount(0);
  const refused = await page.request.post('/intake/leads', {
    form: { intakeKey: secret, companyName: 'Zu spät GmbH', country: 'DE', lastName: 'Jensen', consent: 'on' },
  });
  expect(refused.status()).toBe(401);
});
