import { expect, test } from './support/fixtures';
import { PARTNERS, aQualifiedLead, distribute } from './support/seed';

test('a person with two vendors chooses the vendor at sign-in and sees only that vendor’s data', async ({
  api,
  guest,
  checkScreen,
  t,
}) => {
  const lead = await aQualifiedLead(api('channel@nordlicht.example'));
  await distribute(api('channel@nordlicht.example'), lead.id, [PARTNERS.rhein], 'EXCLUSIVE');

  const signInTo = async (vendor: RegExp) => {
    const page = await guest();
    await page.goto('/login');
    await page.getByRole('textbox', { name: t.auth.email }).fill('multi@reseller.example');
    await page.getByRole('textbox', { name: t.auth.password }).fill('leadrelay-demo');
    await page.getByRole('button', { name: t.auth.signIn }).click();
    const choice = page.getByRole('radiogroup', { name: t.auth.chooseVendor });
    await expect(choice.getByRole('radio')).toHaveCount(2);
    await checkScreen(page, 'choose-vendor');
    await choice.getByRole('radio', { name: vendor }).check();
    await page.getByRole('button', { name: t.auth.signIn }).click();
    await expect(page.getByRole('heading', { name: t.inbox.title, level: 1 })).toBeVisible();
    return page;
  };

  const atNordlicht = await signInTo(/Nordlicht/);
  await expect(atNordlicht.getByRole('banner')).toContainText('Rhein Solar');
  await expect(atNordlicht.getByRole('article', { name: new RegExp(lead.industry) })).toBeVisible();

  const atAcme = await signInTo(/Acme/);
  await expect(atAcme.getByRole('banner')).toContainText('Lakeside Automation');
  await expect(atAcme.getByRole('heading', { name: t.inbox.title, level: 1 })).toBeVisible();
  await expect(atAcme.getByRole('article', { name: new RegExp(lead.industry) })).toHaveCount(0);
  await atAcme.goto(`/leads/${lead.id}`);
  await expect(atAcme.getByRole('alert')).toContainText(t.errors.NOT_FOUND);
});
