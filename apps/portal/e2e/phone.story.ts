import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { PARTNERS, aQualifiedLead, accept, distribute } from './support/seed';

const PHONE = { width: 390, height: 844 };

/** Nothing wider than the screen: the page never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

test('on a phone (390 px) a sales rep answers an offer in the inbox and finds the lead in my leads', async ({
  api,
  signIn,
  checkScreen,
  t,
}) => {
  const channel = api('channel@nordlicht.example');
  const held = await aQualifiedLead(channel);
  await distribute(channel, held.id, [PARTNERS.hansa], 'EXCLUSIVE');
  await accept(api('sales@hansa.example'), held.id);
  const offered = await aQualifiedLead(channel);
  await distribute(channel, offered.id, [PARTNERS.hansa, PARTNERS.isar], 'SHARED');

  const page = await signIn('sales@hansa.example');
  await page.setViewportSize(PHONE);
  await expect(page.getByRole('heading', { name: t.inbox.title, level: 1 })).toBeVisible();
  const offer = page.getByRole('article', { name: new RegExp(offered.industry) });
  await expect(offer).toContainText(t.enum.DistributionMode.SHARED);
  // The other language's run may have put a newer offer above: scrolled to, the whole teaser fits the screen.
  await offer.scrollIntoViewIfNeeded();
  await expect(offer.getByRole('button', { name: t.inbox.accept })).toBeInViewport();
  // The navigation folds away behind the menu button.
  await expect(page.getByRole('link', { name: t.nav.myLeads })).not.toBeInViewport();
  await expectNoSidewaysScroll(page);
  await checkScreen(page, 'inbox-phone');

  await page.getByRole('button', { name: t.nav.menu }).click();
  await page.getByRole('link', { name: t.nav.myLeads }).click();
  await expect(page.getByRole('heading', { name: t.leads.myLeadsTitle, level: 1 })).toBeVisible();
  // Each lead a card on a phone, not a table that scrolls inside its box: stage and created date readable at once.
  const card = page.getByRole('listitem', { name: held.company });
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByRole('link', { name: held.company })).toBeInViewport();
  await expect(card).toContainText(t.enum.LeadStage.ACCEPTED);
  await expect(card).toContainText(t.leads.created);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await checkScreen(page, 'my-leads-phone');

  await page.getByRole('link', { name: held.company }).click();
  await expect(page.getByRole('heading', { name: held.company, level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await checkScreen(page, 'lead-phone');
});
