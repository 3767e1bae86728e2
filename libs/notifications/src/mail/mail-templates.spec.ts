import { Locale } from '@leadrelay/core';
import { NotificationKind } from '../notification-kind';
import type { NotificationData } from '../notification.entity';
import { type MailContext, renderMail } from './mail-templates';

const TEASER = {
  industry: 'Maschinenbau',
  companySize: 'MICRO',
  country: 'AT',
  postalArea: '10',
  city: null,
  productLine: null,
  requestType: 'QUOTE_REQUEST',
  score: 1250,
  grade: 'A',
};

/** Everything a mail of any kind may say, as the outbox and the account mails capture it. */
const DATA: NotificationData = {
  leadId: 'lead-1',
  offerId: 'offer-1',
  companyName: 'Acme Robotics Inc.',
  partnerName: 'Hansa Systems e.K.',
  teaser: TEASER,
  expiresAt: '2026-12-01T14:00:00.000Z',
  reason: { key: 'NO_CAPACITY', label: 'Keine Kapazität frei' },
  comment: 'Kunde ist Mitbewerber.',
  amount: 12500,
  currency: 'EUR',
  actorName: 'Maria Muster',
  webhook: { endpointId: 'hook-1', url: 'https://crm.example/hook', reason: 'FAILING', lastResponseCode: 503, lastError: null },
  role: 'PARTNER_SALES',
};

const context = (locale: Locale, overrides: Partial<MailContext> = {}): MailContext => ({
  locale,
  recipientName: 'Chris',
  tenantName: 'Nordlicht Solar GmbH',
  timeZone: 'Europe/Berlin',
  portalUrl: 'https://portal.example',
  data: DATA,
  linkToken: 'token',
  ...overrides,
});

const mail = (kind: NotificationKind, locale: Locale, overrides: Partial<MailContext> = {}) => {
  const { subject, text } = renderMail(kind, context(locale, overrides));
  return `${subject}\n${text}`;
};

describe('mail texts', () => {
  describe.each(Object.values(Locale))('in %s', (locale) => {
    it.each(Object.values(NotificationKind))('%s reads as words: no enum names, no keys, no doubled full stops', (kind) => {
      const text = mail(kind, locale);
      expect(text).not.toMatch(/\b(MICRO|QUOTE_REQUEST|INQUIRY|PARTNER_SALES|FAILING)\b/);
      expect(text).not.toMatch(/\bmail\.|\{\{|undefined|null|NaN/);
      expect(text).not.toMatch(/[^.]\.\.(?!\.)/);
    });
  });

  it('shows company size, request type and country as people call them', () => {
    expect(mail(NotificationKind.OFFER_NEW, Locale.DE)).toContain(
      'Unternehmensgröße: 1–9 Beschäftigte\nLand: Österreich\nPLZ-Gebiet: 10\nAnfrageart: Angebotsanfrage\nScore: 1.250',
    );
    expect(mail(NotificationKind.OFFER_NEW, Locale.EN)).toContain(
      'Company size: 1–9 employees\nCountry: Austria\nPostal area: 10\nRequest type: Quote request\nScore: 1,250',
    );
    expect(mail(NotificationKind.OFFER_NEW, Locale.DE)).toMatch(/^Neuer Lead für Sie: Angebotsanfrage in Österreich\n/);
    expect(mail(NotificationKind.OFFER_NEW, Locale.EN)).toMatch(/^A new lead for you: Quote request in Austria\n/);
    expect(mail(NotificationKind.INVITATION, Locale.DE)).toContain('Rolle: Partner-Vertrieb');
  });

  it('ends a sentence after a name that ends in a full stop with that one full stop', () => {
    expect(mail(NotificationKind.OFFER_DECLINED, Locale.EN)).toContain(
      'Hansa Systems e.K. declined the offer for Acme Robotics Inc.\n',
    );
    expect(mail(NotificationKind.OFFER_DECLINED, Locale.DE)).toContain(
      'Hansa Systems e.K. hat das Angebot für Acme Robotics Inc. abgelehnt.',
    );
    expect(mail(NotificationKind.LEAD_RETURNED, Locale.EN)).toContain(
      'Hansa Systems e.K. returned the lead Acme Robotics Inc.\n',
    );
    expect(mail(NotificationKind.LEAD_WON, Locale.EN)).toContain('Hansa Systems e.K. won the lead Acme Robotics Inc.\n');
  });

  it("shows every deadline in the tenant's time zone, named, in both languages", () => {
    expect(mail(NotificationKind.OFFER_NEW, Locale.DE)).toContain('bis Di., 1. Dez. 2026, 15:00 MEZ an');
    expect(mail(NotificationKind.OFFER_NEW, Locale.EN)).toContain('by Tue, Dec 1, 2026, 3:00 PM GMT+1.');
    expect(mail(NotificationKind.OFFER_REMINDER, Locale.EN, { timeZone: 'America/New_York' })).toMatch(
      /^Reminder: lead offer expires on Tue, Dec 1, 2026, 9:00 AM EST\n/,
    );
    expect(mail(NotificationKind.PASSWORD_RESET, Locale.EN)).toContain('until Tue, Dec 1, 2026, 3:00 PM GMT+1.');
    expect(mail(NotificationKind.INVITATION, Locale.DE)).toContain('bis Di., 1. Dez. 2026, 15:00 MEZ gültig');
  });

  it('formats money by locale, and counts days by the plural rules', () => {
    expect(mail(NotificationKind.LEAD_WON, Locale.DE)).toContain('Gewonnen: Acme Robotics Inc. (12.500,00\u00a0€)');
    expect(mail(NotificationKind.LEAD_WON, Locale.EN)).toContain('Deal value: €12,500.00');
    expect(mail(NotificationKind.WEBHOOK_DISABLED, Locale.DE)).toContain('etwa 3 Tage lang');
    expect(mail(NotificationKind.WEBHOOK_DISABLED, Locale.EN)).toContain('for about 3 days');
  });

  it('sets paragraphs apart in the plain-text part', () => {
    expect(mail(NotificationKind.PASSWORD_RESET, Locale.EN)).toMatch(/you have access to\.\n\nThe link works once/);
  });

  it('escapes what people typed in the HTML part', () => {
    const { html } = renderMail(
      NotificationKind.OFFER_DECLINED,
      context(Locale.EN, { data: { ...DATA, companyName: '<b>Evil & Co.</b>' } }),
    );
    expect(html).toContain('&lt;b&gt;Evil &amp; Co.&lt;/b&gt;');
    expect(html).not.toContain('<b>Evil');
  });
});
