import { expect, test } from './support/fixtures';
import { PARTNERS, aQualifiedLead, distribute } from './support/seed';

test('a shared offer accepted at the same moment in two browsers: one wins, the other is told plainly it was taken', async ({
  api,
  signIn,
  checkScreen,
  t,
}) => {
  const lead = await aQualifiedLead(api('channel@nordlicht.example'));
  await distribute(api('channel@nordlicht.example'), lead.id, [PARTNERS.hansa, PARTNERS.isar], 'SHARED');
  const [hansa, isar] = [await signIn('sales@hansa.example'), await signIn('sales@isar.example')];
  const buttons = [hansa, isar].map((page) =>
    page.getByRole('article', { name: new RegExp(lead.industry) }).getByRole('button', { name: t.inbox.accept }),
  );
  await Promise.all(buttons.map((button) => expect(button).toBeVisible()));

  await Promise.all(buttons.map((button) => button.click()));

  // Each browser ends on the lead (it won) or on the inbox with an alert (it was too late).
  const outcome = async (page: typeof hansa) => {
    await expect(page.getByRole('heading', { name: lead.company, level: 1 }).or(page.getByRole('alert'))).toBeVisible();
    return page.url().includes(`/leads/${lead.id}`) ? 'won' : 'taken';
  };
  const results = { hansa: await outcome(hansa), isar: await outcome(isar) };
  expect(Object.values(results).sort()).toEqual(['taken', 'won']);
  const late = results.hansa === 'taken' ? hansa : isar;
  await expect(late.getByRole('alert')).toContainText(t.errors.OFFER_TAKEN);
  await checkScreen(late, 'offer-taken');
});
