import { expect, test } from './support/fixtures';
import { PARTNERS, aQualifiedLead, distribute } from './support/seed';

test('a second partner declines with a reason that needs a comment: refused without one, declined with it', async ({
  api,
  signIn,
  checkScreen,
  t,
  language,
}) => {
  const lead = await aQualifiedLead(api('channel@nordlicht.example'));
  await distribute(api('channel@nordlicht.example'), lead.id, [PARTNERS.hansa, PARTNERS.isar], 'SHARED');

  const page = await signIn('sales@isar.example');
  const offer = page.getByRole('article', { name: new RegExp(lead.industry) });
  await expect(offer).toContainText(t.enum.DistributionMode.SHARED);
  await offer.getByRole('button', { name: t.inbox.decline }).click();
  const dialog = page.getByRole('dialog', { name: t.inbox.declineTitle });
  await dialog.getByLabel(t.reasons.reason).click();
  // Labels come from the tenant's catalogue in the viewer's language.
  await page.getByRole('option', { name: language === 'de' ? 'Sonstiges' : 'Other' }).click();
  await dialog.getByRole('button', { name: t.inbox.decline }).click();
  await expect(dialog.getByText(t.reasons.commentRequired)).toBeVisible();
  await checkScreen(page, 'decline');

  await dialog.getByRole('textbox', { name: t.reasons.comment }).fill('Wir sind im ersten Quartal ausgebucht.');
  await dialog.getByRole('button', { name: t.inbox.decline }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(t.inbox.declined);
  await expect(offer).toBeHidden();
});
