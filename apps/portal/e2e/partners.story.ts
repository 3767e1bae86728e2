import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';

test('a vendor admin creates a partner, edits its tier, territories and competencies, pauses it and ends it', async ({
  signIn,
  checkScreen,
  t,
}) => {
  const page = await signIn('admin@nordlicht.example');
  await page.getByRole('navigation').getByRole('link', { name: t.nav.partners }).click();
  await expect(page.getByRole('heading', { name: t.partners.title, level: 1 })).toBeVisible();
  await expect(page.getByRole('table').getByText('Hansa Haustechnik', { exact: true })).toBeVisible();
  await checkScreen(page, 'partners');

  const name = `Elbe Wärme ${randomUUID().slice(0, 6)} GmbH`;
  await page.getByRole('button', { name: t.partners.new }).click();
  const form = page.getByRole('dialog', { name: t.partners.new });
  await form.getByRole('textbox', { name: t.partners.territories }).fill('Deutschland: 20');
  await form.getByRole('button', { name: t.partners.create }).click();
  await expect(form.getByText(t.newLead.required)).toBeVisible();
  await expect(form.getByText(t.partners.territory_country)).toBeVisible();
  // A name another partner has: the API's CONFLICT on the name, shown at the name.
  await form.getByRole('textbox', { name: t.partners.name, exact: true }).fill('Hansa Haustechnik');
  await form.getByRole('textbox', { name: t.partners.territories }).fill('DE: 20, 21\nAT');
  await form.getByRole('button', { name: t.partners.create }).click();
  await expect(form.getByText(t.partners.nameTaken)).toBeVisible();
  await form.getByRole('textbox', { name: t.partners.name, exact: true }).fill(name);
  await form.getByRole('textbox', { name: t.partners.city, exact: true }).fill('Hamburg');
  await form.getByLabel(t.partners.competencies).fill('Wärmepumpen');
  await page.keyboard.press('Enter');
  await checkScreen(page, 'partner-new');
  await form.getByRole('button', { name: t.partners.create }).click();
  await expect(form).toBeHidden();

  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(t.enum.PartnerStatus.ACTIVE);
  await expect(row).toContainText('DE: 20, 21');
  await expect(row).toContainText('Wärmepumpen');

  await row.getByRole('button', { name: `${t.partners.edit}: ${name}` }).click();
  const edit = page.getByRole('dialog', { name: t.partners.editTitle });
  await edit.getByRole('combobox', { name: t.partners.tier }).click();
  await page.getByRole('option', { name: t.enum.PartnerTier.GOLD }).click();
  await edit.getByRole('textbox', { name: t.partners.capacity }).fill('35');
  await edit.getByRole('textbox', { name: t.partners.territories }).fill('DE: 20, 21, 22');
  await edit.getByRole('button', { name: t.partners.save }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText(t.enum.PartnerTier.GOLD);
  await expect(row).toContainText('35');
  await expect(row).toContainText('DE: 20, 21, 22');

  await row.getByRole('button', { name: `${t.partners.pause}: ${name}` }).click();
  await expect(row).toContainText(t.enum.PartnerStatus.PAUSED);
  await row.getByRole('button', { name: `${t.partners.end}: ${name}` }).click();
  const end = page.getByRole('dialog', { name: t.partners.endTitle });
  await checkScreen(page, 'partner-end');
  await end.getByRole('button', { name: t.partners.end }).click();
  await expect(end).toBeHidden();
  await expect(row).toContainText(t.enum.PartnerStatus.ENDED);
  await expect(row.getByRole('button')).toHaveCount(0);

  // By keyboard: the status filter opens with the arrow key.
  await page.getByRole('combobox', { name: t.partners.status }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: t.enum.PartnerStatus.ENDED }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  await expect(page.getByRole('table').getByText('Hansa Haustechnik', { exact: true })).toBeHidden();
});

test('a channel manager reads the partners but cannot change them', async ({ signIn, checkScreen, t }) => {
  const page = await signIn('channel@nordlicht.example');
  await page.getByRole('navigation').getByRole('link', { name: t.nav.partners }).click();
  await expect(page.getByRole('heading', { name: t.partners.title, level: 1 })).toBeVisible();
  await expect(page.getByRole('table').getByText('Isar Energie', { exact: true })).toBeVisible();
  await expect(page.getByText(t.partners.readHint)).toBeVisible();
  await expect(page.getByRole('button', { name: t.partners.new })).toHaveCount(0);
  await expect(page.getByRole('button', { name: new RegExp(`^${t.partners.edit}`) })).toHaveCount(0);
  await checkScreen(page, 'partners-read');
});
