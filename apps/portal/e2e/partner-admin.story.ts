import { expect, test } from './support/fixtures';
import { PARTNERS, aQualifiedLead, accept, distribute } from './support/seed';

test("Hansa's partner admin hands an accepted lead to its sales rep", async ({ api, signIn, t }) => {
  const lead = await aQualifiedLead(api('channel@nordlicht.example'));
  await distribute(api('channel@nordlicht.example'), lead.id, [PARTNERS.hansa], 'EXCLUSIVE');
  await accept(api('admin@hansa.example'), lead.id);

  const page = await signIn('admin@hansa.example');
  await page.goto(`/leads/${lead.id}`);
  await expect(page.getByRole('heading', { name: lead.company, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: t.moves.ASSIGN }).click();
  const assign = page.getByRole('dialog', { name: t.moves.ASSIGN });
  await assign.getByLabel(t.moves.rep).click();
  await page.getByRole('option', { name: 'Ole Carstens' }).click();
  await assign.getByRole('button', { name: t.moves.ASSIGN }).click();
  await expect(assign).toBeHidden();
  await expect(page.getByRole('region', { name: t.lead.work })).toContainText('Ole Carstens');
  await expect(page.getByRole('region', { name: t.lead.history })).toContainText(t.events.lead_assigned);
});
