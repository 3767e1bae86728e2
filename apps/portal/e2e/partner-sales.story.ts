import { expect, test } from './support/fixtures';
import { PARTNERS, aQualifiedLead, distribute } from './support/seed';

test('a sales rep of Hansa sees a teaser without contact data, accepts, sees the contact, records progress and closes it won', async ({
  api,
  signIn,
  checkScreen,
  t,
}) => {
  const lead = await aQualifiedLead(api('channel@nordlicht.example'));
  await distribute(api('channel@nordlicht.example'), lead.id, [PARTNERS.hansa], 'EXCLUSIVE');

  const page = await signIn('sales@hansa.example');
  await expect(page.getByRole('heading', { name: t.inbox.title, level: 1 })).toBeVisible();
  const offer = page.getByRole('article', { name: new RegExp(lead.industry) });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText(t.enum.DistributionMode.EXCLUSIVE);
  await expect(offer).toContainText(t.enum.EmployeeBand.SMALL);
  await expect(offer).toContainText(t.inbox.postalArea.replace('{{area}}', '20'));
  await expect(offer).toContainText(t.deadline.remaining.replace('{{duration}}', '').trim());
  // The teaser: nothing of the person, nor the exact address.
  const inbox = await page.locator('main').innerText();
  for (const secret of [lead.contact.lastName, lead.contact.email, lead.company, 'Kai 1', '+49 40 123456']) {
    expect(inbox).not.toContain(secret);
  }
  await checkScreen(page, 'inbox');

  await offer.getByRole('button', { name: t.inbox.accept }).click();
  await expect(page).toHaveURL(new RegExp(`/leads/${lead.id}`));
  await expect(page.getByRole('heading', { name: lead.company, level: 1 })).toBeVisible();
  const contact = page.getByRole('region', { name: t.lead.contact });
  await expect(contact).toContainText(lead.contact.lastName);
  await expect(contact).toContainText(lead.contact.email);
  await expect(page.getByRole('region', { name: t.lead.history })).toContainText(t.events.offer_accepted);

  await page.getByRole('button', { name: t.moves.RECORD_PROGRESS }).click();
  const progress = page.getByRole('dialog', { name: t.moves.RECORD_PROGRESS });
  await progress.getByLabel(t.moves.progressStage).click();
  await page.getByRole('option', { name: t.enum.ProgressStage.MEETING }).click();
  await progress.getByRole('textbox', { name: t.moves.note }).fill('Termin vor Ort am Donnerstag');
  await checkScreen(page, 'record-progress');
  await progress.getByRole('button', { name: t.moves.RECORD_PROGRESS }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('group', { name: t.leads.stage })).toContainText(t.enum.LeadStage.IN_PROGRESS);
  await expect(page.getByRole('region', { name: t.lead.history })).toContainText(t.events.lead_progressed);

  await page.getByRole('button', { name: t.moves.CLOSE_WON }).click();
  const won = page.getByRole('dialog', { name: t.moves.CLOSE_WON });
  await won.getByRole('button', { name: t.moves.CLOSE_WON }).click();
  await expect(won.getByText(t.moves.amountPositive)).toBeVisible();
  await won.getByRole('textbox', { name: t.moves.amount }).fill('18500');
  await won.getByRole('button', { name: t.moves.CLOSE_WON }).click();
  await expect(won).toBeHidden();
  await expect(page.getByRole('group', { name: t.leads.stage })).toContainText(t.enum.LeadStage.WON);
  await expect(page.getByRole('region', { name: t.lead.work })).toContainText(/18[.,]500/);
  // A won lead offers no more moves.
  await expect(page.getByRole('group', { name: t.lead.moves }).getByRole('button')).toHaveCount(0);
  await checkScreen(page, 'lead-won');

  await page.getByRole('link', { name: t.nav.myLeads }).click();
  await expect(page.getByRole('link', { name: lead.company })).toBeVisible();
  await checkScreen(page, 'my-leads');
});
