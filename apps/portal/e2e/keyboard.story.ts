import type { Locator, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { PARTNERS, aQualifiedLead, distribute } from './support/seed';

/** Presses Tab until `target` has the focus: it is reachable by keyboard alone. */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`not reachable with ${maxPresses} presses of Tab: ${target.toString()}`);
}

test('a sales rep accepts an offer with the keyboard alone', async ({ api, signIn, t }) => {
  const lead = await aQualifiedLead(api('channel@nordlicht.example'));
  await distribute(api('channel@nordlicht.example'), lead.id, [PARTNERS.hansa], 'EXCLUSIVE');
  const page = await signIn('sales@hansa.example');
  const offer = page.getByRole('article', { name: new RegExp(lead.industry) });
  await expect(offer).toBeVisible();
  await tabTo(page, offer.getByRole('button', { name: t.inbox.accept }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: lead.company, level: 1 })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: t.moves.RECORD_PROGRESS }));
  await tabTo(page, page.getByRole('link', { name: t.nav.myLeads }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: t.leads.myLeadsTitle, level: 1 })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: lead.company }));
});

test('a partner admin invites a member and switches a mail off with the keyboard alone', async ({ signIn, t, language }) => {
  // Other people than the settings story's: the two would switch each other's mails.
  const page = await signIn(language === 'de' ? 'admin@hansa.example' : 'admin@lakeside.example');
  await tabTo(page, page.getByRole('link', { name: t.nav.team }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: t.team.invite }));
  await page.keyboard.press('Enter');
  const invite = page.getByRole('dialog', { name: t.team.inviteTitle });
  const name = `Kai Tast-${randomUUID().slice(0, 6)}`;
  await tabTo(page, invite.getByRole('textbox', { name: t.team.name }));
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(`${name.toLowerCase().replace(/ /g, '.')}@partner.example`);
  await page.keyboard.press('Enter');
  await expect(invite).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(t.team.invited.replace('{{name}}', name));
  await tabTo(page, page.getByRole('button', { name: t.team.removeWho.replace('{{name}}', name) }));
  await page.keyboard.press('Enter');
  const remove = page.getByRole('dialog', { name: t.team.removeTitle });
  await tabTo(page, remove.getByRole('button', { name: t.team.remove }));
  await page.keyboard.press('Enter');
  await expect(remove).toBeHidden();
  await expect(page.getByText(name, { exact: true })).toHaveCount(0);

  await tabTo(page, page.getByRole('link', { name: t.nav.settings }));
  await page.keyboard.press('Enter');
  const results = page.getByRole('checkbox', { name: t.enum.NotificationCategory.RESULTS });
  await tabTo(page, results);
  await page.keyboard.press('Space');
  await expect(results).not.toBeChecked();
  // The focus stays on the checkbox while the choice is saved.
  await expect(results).toBeFocused();
  await page.keyboard.press('Space');
  await expect(results).toBeChecked();
});
