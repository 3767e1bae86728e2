import type { INestApplicationContext } from '@nestjs/common';
import { createWorker } from '../../apps/worker/src/worker.app';
import { AppConfig, Locale } from '@leadrelay/core';
import { User } from '@leadrelay/identity';
import { Notification, NotificationDelivery, NotificationKind, NotificationStatus } from '@leadrelay/notifications';
import { aQualifiedLead, contactDataOf, distribute, offersOf } from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type CaughtMail, SmtpCatcher } from '../support/smtp-catcher';
import { TEST_JWT_SECRET, type TestApi, createTestApi } from '../support/test-api';
import { testDatabase } from '../support/test-database';
import { waitUntil } from '../support/wait-until';
import { graphql } from '../support/graphql/generated';

const PORTAL_URL = 'https://portal.nordlicht.example';

async function readNotification(id: string): Promise<Notification> {
  return (await ownerEm()).findOneOrFail(Notification, { id }, { filters: false });
}

async function notificationsFor(userId: string, kind: NotificationKind): Promise<Notification[]> {
  return (await ownerEm()).find(Notification, { userId, kind }, { filters: false, orderBy: { createdAt: 'asc' } });
}

/**
 * Mail as it leaves LeadRelay: the API writes notifications in the transaction of the move, the
 * worker delivers them over real SMTP to a server in this test, in the recipient's language.
 */
describe('notification mail through the worker', () => {
  let smtp: SmtpCatcher;
  let api: TestApi;
  let worker: INestApplicationContext;
  let vendor: VendorTeam;
  let partner: PartnerTeam;

  beforeAll(async () => {
    smtp = await new SmtpCatcher({ rejectRecipients: /^bounce-/ }).start();
    const env = { SMTP_URL: smtp.url, PORTAL_URL, MAIL_FROM: 'LeadRelay <noreply@leadrelay.test>' };
    api = await createTestApi(env);
    const { appUrl } = await testDatabase();
    worker = await createWorker(AppConfig.from({ NODE_ENV: 'test', DATABASE_URL: appUrl, JWT_SECRET: TEST_JWT_SECRET, ...env }), [
      'error',
    ]);
    vendor = await aVendorTeam(api);
    partner = await aPartnerTeam(api, vendor.tenant);
  });

  afterAll(async () => {
    if (process.env.SHOW_MAILS)
      for (const m of smtp.mails) console.log(`TO ${m.envelopeTo} SUBJECT ${m.parsed.subject}\n${m.parsed.text}`);
    await worker.close();
    await api.close();
    await smtp.stop();
    await closeOwnerOrm();
  });

  it('mails a new offer to the partner users in German, with a teaser, a link and no contact data', async () => {
    const lead = await aQualifiedLead(vendor.tenant, { company: { postalCode: '20095', city: 'Hamburg' } });
    await distribute(api, vendor.channel.token, lead.id, [partner.partner.id], 'EXCLUSIVE');
    const offer = (await offersOf(api, partner.sales.token, lead.id))[0]!;

    const mails = await smtp.waitFor((all) => all.filter((m) => m.parsed.text?.includes(offer.id)).length >= 2);
    const offerMails = mails.filter((m) => m.parsed.text?.includes(offer.id));
    expect(offerMails.flatMap((m) => m.envelopeTo).sort()).toEqual([partner.admin.email, partner.sales.email].sort());
    for (const mail of offerMails) {
      expect(mail.parsed.subject).toMatch(/^Neuer Lead für Sie/);
      expect(mail.parsed.headers.get('content-language')).toBe('de');
      expect(mail.parsed.text).toContain(`${PORTAL_URL}/offers/${offer.id}`);
      expect(mail.parsed.html).toContain(`${PORTAL_URL}/offers/${offer.id}`);
      expect(mail.parsed.text).toContain('PLZ-Gebiet: 20');
      // Enum values and country codes as people call them, the deadline with the tenant's time zone.
      expect(mail.parsed.text).toContain('Unternehmensgröße: 50–249 Beschäftigte');
      expect(mail.parsed.text).toContain('Anfrageart: Angebotsanfrage\n');
      expect(mail.parsed.text).toContain('Land: Deutschland');
      expect(mail.parsed.text).not.toMatch(/\b(MEDIUM|QUOTE_REQUEST)\b/);
      // In the order a person reads a company: what, how big, where, then the interest.
      expect(mail.parsed.text).toMatch(
        /Branche: .*\nUnternehmensgröße: .*\nLand: .*\nPLZ-Gebiet: .*\nOrt: .*\nInteresse: .*\nAnfrageart: .*\nScore: .*\nBewertung: /,
      );
      expect(mail.parsed.text).toMatch(/bis \w\w\., \d{1,2}\. \w+\.? \d{4}, \d\d:\d\d (MEZ|MESZ) an/);
      for (const secret of [...contactDataOf(lead), lead.company.name]) {
        expect(mail.raw).not.toContain(secret);
      }
    }
    const [notification] = await notificationsFor(partner.sales.user.id, NotificationKind.OFFER_NEW);
    expect(offerMails.map((m) => m.parsed.messageId)).toContain(`<${notification!.id}@leadrelay>`);
    await waitUntil(async () => (await readNotification(notification!.id)).status === NotificationStatus.SENT);
    expect(await readNotification(notification!.id)).toMatchObject({ status: NotificationStatus.SENT, attempts: 1 });
  });

  it('writes to each person in the language they saved in their settings', async () => {
    const saved = await api.graphql(
      graphql(`
        mutation NotificationMailSaveLanguage($input: UpdateMySettingsInput!) {
          updateMySettings(input: $input) {
            locale
          }
        }
      `),
      { input: { locale: 'EN' } },
      partner.admin.token,
    );
    expect(saved.data?.updateMySettings.locale).toBe('EN');
    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [partner.partner.id], 'EXCLUSIVE');
    const offer = (await offersOf(api, partner.sales.token, lead.id))[0]!;
    const mails = await smtp.waitFor((all) => all.filter((m) => m.parsed.text?.includes(offer.id)).length >= 2);
    const byRecipient = Object.fromEntries(
      mails.filter((m) => m.parsed.text?.includes(offer.id)).map((m) => [m.envelopeTo[0], m.parsed.subject]),
    );
    expect(byRecipient[partner.admin.email]).toMatch(/^A new lead for you/);
    expect(byRecipient[partner.sales.email]).toMatch(/^Neuer Lead für Sie/);
    const english = mails.find((m) => m.parsed.text?.includes(offer.id) && m.envelopeTo.includes(partner.admin.email))!;
    expect(english.parsed.text).toContain('Company size: 50–249 employees');
    expect(english.parsed.text).toContain('Request type: Quote request\n');
    expect(english.parsed.text).toContain('Country: Germany');
    // An English reader is told the time zone too.
    expect(english.parsed.text).toMatch(/by \w{3}, \w{3} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M GMT\+[12]\./);
  });

  it('tells the channel manager of a decline with the reason, in German', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [partner.partner.id], 'EXCLUSIVE');
    const offer = (await offersOf(api, partner.sales.token, lead.id))[0]!;
    await api.graphql(
      graphql(`
        mutation NotificationMailDeclineOffer($input: DeclineOfferInput!) {
          declineOffer(input: $input) {
            id
          }
        }
      `),
      { input: { offerId: offer.id, reasonCode: 'NO_CAPACITY' } },
      partner.sales.token,
    );
    const mails = await smtp.waitFor((all) =>
      all.some((m) => m.envelopeTo.includes(vendor.channel.email) && m.parsed.subject?.startsWith('Abgelehnt')),
    );
    const declined = mails.find((m) => m.envelopeTo.includes(vendor.channel.email) && m.parsed.subject?.startsWith('Abgelehnt'))!;
    expect(declined.parsed.text).toContain('Grund: Keine Kapazität frei');
    expect(declined.parsed.text).toContain(lead.company.name);
  });

  it("tells an English channel manager of a decline in English: the reason's English label, one full stop after Inc.", async () => {
    const em = await ownerEm();
    await em.nativeUpdate(User, { id: vendor.channel.user.id }, { locale: Locale.EN });
    try {
      const lead = await aQualifiedLead(vendor.tenant, { company: { name: `Acme Robotics ${Date.now()} Inc.` } });
      await distribute(api, vendor.channel.token, lead.id, [partner.partner.id], 'EXCLUSIVE');
      const offer = (await offersOf(api, partner.sales.token, lead.id))[0]!;
      await api.graphql(
        graphql(`
          mutation NotificationMailDeclineOffer($input: DeclineOfferInput!) {
            declineOffer(input: $input) {
              id
            }
          }
        `),
        { input: { offerId: offer.id, reasonCode: 'NO_CAPACITY' } },
        partner.sales.token,
      );
      const isIt = (m: CaughtMail) =>
        m.envelopeTo.includes(vendor.channel.email) &&
        m.parsed.subject === `Declined: ${lead.company.name} by ${partner.partner.name}`;
      const declined = (await smtp.waitFor((all) => all.some(isIt))).find(isIt)!;
      expect(declined.parsed.text).toContain(`${partner.partner.name} declined the offer for ${lead.company.name}\n`);
      expect(declined.parsed.text).not.toContain('Inc..');
      expect(declined.parsed.text).toContain('Reason: No capacity');
    } finally {
      await em.nativeUpdate(User, { id: vendor.channel.user.id }, { locale: null });
    }
  });

  it('records a permanent failure where the vendor admin sees it', async () => {
    const em = await ownerEm();
    await em.nativeUpdate(User, { id: partner.sales.user.id }, { email: `bounce-${partner.sales.user.id}@example.test` });
    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [partner.partner.id], 'EXCLUSIVE');
    const notification = (await notificationsFor(partner.sales.user.id, NotificationKind.OFFER_NEW)).find(
      (n) => n.data.leadId === lead.id,
    );
    // The worker's own first attempt is over (its retry waits seconds): it cannot overwrite what follows.
    await waitUntil(async () => (await readNotification(notification!.id)).attempts >= 1);
    // The last attempt pg-boss allows: the delivery gives up and says so.
    const delivery = worker.get(NotificationDelivery);
    await expect(
      delivery.deliver({ tenantId: vendor.tenant.id, notificationId: notification!.id, retryCount: 12, retryLimit: 12 }),
    ).rejects.toThrow(/550|mailbox unavailable/);
    const failed = await api.graphql(
      graphql(`
        query NotificationMailFailedNotifications {
          failedNotifications {
            nodes {
              id
              kind
              lastError
            }
          }
        }
      `),
      {},
      vendor.admin.token,
    );
    expect(failed.data!.failedNotifications.nodes).toContainEqual(
      expect.objectContaining({
        id: notification!.id,
        kind: 'OFFER_NEW',
        lastError: expect.stringMatching(/550|mailbox unavailable/),
      }),
    );
    expect(
      (
        await api.graphql(
          graphql(`
            query NotificationMailFailedNotifications2 {
              failedNotifications {
                nodes {
                  id
                }
              }
            }
          `),
          {},
          vendor.channel.token,
        )
      ).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
  });
});
