import { randomUUID } from 'node:crypto';
import { todayIn } from '../src/shared/format/format';
import { expect, test } from './support/fixtures';
import { PARTNERS, accept, aQualifiedLead, distribute } from './support/seed';

test('a channel manager filters the leads by partner, grade and the day they came in', async ({
  api,
  signIn,
  checkScreen,
  t,
}) => {
  const channel = api('channel@nordlicht.example');
  const lead = await aQualifiedLead(channel); // grade A
  await distribute(channel, lead.id, [PARTNERS.hansa], 'EXCLUSIVE');
  await accept(api('sales@hansa.example'), lead.id);

  const page = await signIn('channel@nordlicht.example');
  await page.goto(`/leads?q=${encodeURIComponent(lead.company)}`);
  const row = page.getByRole('link', { name: lead.company });
  await expect(row).toBeVisible();

  await page.getByRole('combobox', { name: t.leads.partner }).click();
  await page.getByRole('option', { name: 'Isar Energie' }).click();
  await expect(page.getByText(t.leads.empty)).toBeVisible();
  await page.getByRole('combobox', { name: t.leads.partner }).click();
  await page.getByRole('option', { name: 'Hansa Haustechnik' }).click();
  await expect(row).toBeVisible();

  await page.getByRole('combobox', { name: t.leads.grade }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: 'B', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByText(t.leads.empty)).toBeVisible();
  await page.getByRole('combobox', { name: t.leads.grade }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: 'A', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(row).toBeVisible();

  const today = todayIn('Europe/Berlin');
  await page.getByLabel(t.leads.createdFrom).fill(today);
  await page.getByLabel(t.leads.createdTo).fill(today);
  await expect(row).toBeVisible();
  await checkScreen(page, 'leads-filtered');
  const tomorrow = todayIn('Europe/Berlin', new Date(Date.now() + 24 * 3_600_000));
  await page.getByLabel(t.leads.createdTo).fill('');
  await page.getByLabel(t.leads.createdFrom).fill(tomorrow);
  await expect(page.getByText(t.leads.empty)).toBeVisible();
});

test('a channel manager withdraws one offer of a shared round and keeps the other', async ({ api, signIn, checkScreen, t }) => {
  const channel = api('channel@nordlicht.example');
  const lead = await aQualifiedLead(channel);
  await distribute(channel, lead.id, [PARTNERS.hansa, PARTNERS.isar], 'SHARED');

  const page = await signIn('channel@nordlicht.example');
  await page.goto(`/leads/${lead.id}`);
  const offers = page.getByRole('region', { name: t.lead.offers });
  await expect(offers.getByRole('row')).toHaveCount(2);
  await checkScreen(page, 'lead-offers');
  await offers.getByRole('button', { name: t.lead.withdrawOfferTo.replace('{{partner}}', 'Isar Energie') }).click();
  await expect(offers.getByRole('row', { name: /Isar Energie/ })).toContainText(t.enum.OfferStatus.WITHDRAWN);
  await expect(offers.getByRole('row', { name: /Hansa Haustechnik/ })).toContainText(t.enum.OfferStatus.PENDING);
  await expect(offers.getByRole('button', { name: t.lead.withdrawOfferTo.replace('{{partner}}', 'Isar Energie') })).toHaveCount(
    0,
  );
  await expect(page.getByRole('region', { name: t.lead.history })).toContainText(t.events.offer_withdrawn);
  await expect(page.getByRole('group', { name: t.leads.stage })).toContainText(t.enum.LeadStage.OFFERED);
  await expect(page.getByRole('button', { name: t.moves.WITHDRAW_ROUND })).toBeVisible();
});

test('the distribute dialog previews each partner’s acceptance deadline in business hours by its tier', async ({
  api,
  signIn,
  checkScreen,
  t,
}) => {
  const lead = await aQualifiedLead(api('channel@nordlicht.example'));
  const page = await signIn('channel@nordlicht.example');
  await page.goto(`/leads/${lead.id}`);
  await page.getByRole('button', { name: t.moves.DISTRIBUTE }).click();
  const dialog = page.getByRole('dialog', { name: t.moves.DISTRIBUTE });
  const preview = dialog.getByRole('region', { name: t.moves.deadlinePreview });
  const hours = (n: number) => new RegExp(`\\(${n} `);
  // Before any partner is chosen: every tier (the demo tenant: GOLD 8 business hours, the others 16).
  await expect(preview).toContainText(`${t.enum.PartnerTier.GOLD}:`);
  await expect(preview.getByText(new RegExp(`^${t.enum.PartnerTier.GOLD}:`))).toContainText(hours(8));
  await expect(preview.getByText(new RegExp(`^${t.enum.PartnerTier.BRONZE}:`))).toContainText(hours(16));

  await dialog.getByRole('combobox', { name: t.moves.partners }).click();
  await page.getByRole('option', { name: /Hansa Haustechnik/ }).click();
  await page.getByRole('option', { name: /Rhein Solar/ }).click();
  await page.keyboard.press('Escape');
  await expect(preview.getByText(/^Hansa Haustechnik/)).toContainText(hours(8));
  await expect(preview.getByText(/^Rhein Solar/)).toContainText(hours(16));
  await expect(preview.getByText(new RegExp(`^${t.enum.PartnerTier.SILVER}:`))).toHaveCount(0);
  await checkScreen(page, 'distribute-deadlines');
});

test('the leads list pages: 26 matching leads are 25 on the first page and the 26th on the next', async ({
  api,
  signIn,
  checkScreen,
  t,
}) => {
  const channel = api('channel@nordlicht.example');
  const word = `Seite${randomUUID().slice(0, 6)}`;
  const names: string[] = [];
  for (let i = 1; i <= 26; i++) {
    const name = `${word} ${String(i).padStart(2, '0')} GmbH`;
    names.push(name);
    await channel.call(`mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`, {
      input: {
        source: 'TRADE_FAIR',
        company: { name, country: 'DE', postalCode: '20095', city: 'Hamburg', industry: 'Druckerei', employeeBand: 'SMALL' },
        contact: { firstName: 'Pia', lastName: `Seitz-${i}`, email: `pia.${i}.${word.toLowerCase()}@kunde.example` },
        interest: { requestType: 'QUOTE_REQUEST', productLine: 'Wärmepumpe L' },
        consent: { given: true },
      },
    });
  }

  const page = await signIn('channel@nordlicht.example');
  await page.goto(`/leads?q=${word}&sort=OLDEST`);
  await expect(page.getByText(t.leads.count_other.replace('{{count}}', '26'))).toBeVisible();
  const shown = page.getByRole('link', { name: new RegExp(`^${word} `) });
  await expect(shown).toHaveCount(25);
  await expect(page.getByRole('link', { name: names[0] })).toBeVisible();
  await expect(page.getByRole('link', { name: names[25] })).toHaveCount(0);

  await page.getByRole('button', { name: t.common.nextPage }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(shown).toHaveCount(1);
  await expect(page.getByRole('link', { name: names[25] })).toBeVisible();
  await expect(page.getByRole('button', { name: t.common.nextPage })).toHaveCount(0);
  await checkScreen(page, 'leads-page-2');

  await page.getByRole('button', { name: t.common.firstPage }).click();
  await expect(shown).toHaveCount(25);
  await expect(page.getByRole('link', { name: names[0] })).toBeVisible();
});
