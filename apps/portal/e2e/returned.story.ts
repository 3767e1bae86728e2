import { expect, test } from './support/fixtures';
import { PARTNERS, accept, aQualifiedLead, distribute } from './support/seed';

test('a lead returned with a NURTURE reason appears in the returned queue and in marketing’s', async ({
  api,
  signIn,
  checkScreen,
  t,
  language,
}) => {
  const channel = api('channel@nordlicht.example');
  const lead = await aQualifiedLead(channel);
  await distribute(channel, lead.id, [PARTNERS.hansa], 'EXCLUSIVE');
  await accept(api('sales@hansa.example'), lead.id);

  const rep = await signIn('sales@hansa.example');
  await rep.goto(`/leads/${lead.id}`);
  await rep.getByRole('button', { name: t.moves.RETURN }).click();
  const dialog = rep.getByRole('dialog', { name: t.moves.RETURN });
  await dialog.getByLabel(t.reasons.reason).click();
  await rep.getByRole('option', { name: language === 'de' ? 'Noch kein Bedarf' : 'No need yet' }).click();
  await dialog.getByRole('textbox', { name: t.reasons.comment }).fill('Erst im Herbst wieder');
  await dialog.getByRole('button', { name: t.moves.RETURN }).click();
  await expect(dialog).toBeHidden();
  // The lead is no longer the partner's: back on the list, and its page is not found.
  await expect(rep.getByRole('heading', { name: t.leads.myLeadsTitle, level: 1 })).toBeVisible();
  await rep.goto(`/leads/${lead.id}`);
  await expect(rep.getByRole('alert')).toContainText(t.errors.NOT_FOUND);

  const manager = await signIn('channel@nordlicht.example');
  await manager.goto('/queues/returned');
  const row = manager.getByRole('row', { name: new RegExp(lead.company) });
  await expect(row).toContainText(language === 'de' ? 'Noch kein Bedarf' : 'No need yet');
  await expect(row).toContainText(t.enum.ReasonFollowUp.NURTURE);
  await checkScreen(manager, 'queue-returned');

  const marketing = await signIn('marketing@nordlicht.example');
  await marketing.getByRole('link', { name: new RegExp(t.nav.nurture) }).click();
  await expect(marketing.getByRole('row', { name: new RegExp(lead.company) })).toBeVisible();
  await checkScreen(marketing, 'queue-nurture');
});
