import { expect, test } from './support/fixtures';
import { PARTNERS, accept, aQualifiedLead, distribute, uniqueIndustry } from './support/seed';

test('a channel manager creates a lead, qualifies it, distributes it to two partners and sees the acceptance in its history', async ({
  api,
  signIn,
  checkScreen,
  t,
}) => {
  const page = await signIn('channel@nordlicht.example');
  await expect(page.getByRole('heading', { name: t.leads.title, level: 1 })).toBeVisible();
  await checkScreen(page, 'leads');

  const company = `Messekontakt ${Date.now()} KG`;
  await page.getByRole('button', { name: t.newLead.title }).click();
  const form = page.getByRole('dialog', { name: t.newLead.title });
  await form.getByRole('button', { name: t.newLead.create }).click();
  await expect(form.getByText(t.newLead.required).first()).toBeVisible();
  await form.getByRole('textbox', { name: t.newLead.companyName }).fill(company);
  await form.getByRole('textbox', { name: t.newLead.postalCode }).fill('20457');
  await form.getByRole('textbox', { name: t.newLead.city }).fill('Hamburg');
  await form.getByRole('textbox', { name: t.lead.industry }).fill(uniqueIndustry('Reederei'));
  await form.getByRole('textbox', { name: t.newLead.lastName }).fill('Kruse');
  await form.getByRole('textbox', { name: t.lead.email }).fill('kruse@reederei.example');
  await form.getByRole('checkbox', { name: t.newLead.consent }).check();
  await checkScreen(page, 'new-lead');
  await form.getByRole('button', { name: t.newLead.create }).click();
  await expect(page.getByRole('heading', { name: company, level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: t.leads.stage })).toContainText(t.enum.LeadStage.NEW);

  await page.getByRole('button', { name: t.moves.QUALIFY, exact: true }).click();
  const qualify = page.getByRole('dialog', { name: t.moves.QUALIFY });
  await qualify.getByRole('textbox', { name: t.moves.score }).fill('85');
  await qualify.getByLabel(t.moves.grade).click();
  await page.getByRole('option', { name: 'A', exact: true }).click();
  await qualify.getByRole('button', { name: t.moves.QUALIFY }).click();
  await expect(page.getByRole('group', { name: t.leads.stage })).toContainText(t.enum.LeadStage.QUALIFIED);

  await page.getByRole('button', { name: t.moves.DISTRIBUTE }).click();
  const distributeDialog = page.getByRole('dialog', { name: t.moves.DISTRIBUTE });
  await distributeDialog.getByRole('combobox', { name: t.moves.partners }).click();
  await page.getByRole('option', { name: /Hansa Haustechnik/ }).click();
  await page.getByRole('option', { name: /Isar Energie/ }).click();
  await page.keyboard.press('Escape');
  await checkScreen(page, 'distribute');
  await distributeDialog.getByRole('button', { name: t.moves.DISTRIBUTE }).click();
  await expect(distributeDialog).toBeHidden();
  await expect(page.getByRole('group', { name: t.leads.stage })).toContainText(t.enum.LeadStage.OFFERED);
  const offers = page.getByRole('region', { name: t.lead.offers });
  await expect(offers).toContainText('Hansa Haustechnik');
  await expect(offers).toContainText('Isar Energie');

  const leadId = page.url().split('/leads/')[1]!.split('?')[0]!;
  await accept(api('sales@isar.example'), leadId);
  await page.reload();
  await expect(page.getByRole('region', { name: t.lead.history })).toContainText(t.events.offer_accepted);
  await expect(page.getByRole('region', { name: t.lead.work })).toContainText('Isar Energie');
  await checkScreen(page, 'lead-vendor');
});

test('a round that expires without an answer shows up in the unplaced queue', async ({ api, signIn, checkScreen, t }) => {
  const channel = api('channel@nordlicht.example');
  const lead = await aQualifiedLead(channel);
  await distribute(channel, lead.id, [PARTNERS.rhein], 'EXCLUSIVE', new Date(Date.now() + 3_000).toISOString());

  const page = await signIn('channel@nordlicht.example');
  await expect(async () => {
    await page.goto('/queues/unplaced');
    await expect(page.getByRole('link', { name: lead.company })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: new RegExp(t.nav.unplaced) })).toBeVisible();
  await checkScreen(page, 'queue-unplaced');
});
