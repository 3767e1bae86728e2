import escapeHtml from 'escape-html';
import { type EnumValue, type Locale, type TextKey, type Translator, translator } from '@leadrelay/core';
import { NotificationKind } from '../notification-kind';
import type { NotificationData } from '../notification.entity';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailContext {
  locale: Locale;
  recipientName: string;
  tenantName: string;
  /** The tenant's time zone: every date in the mail is shown in it, with its name. */
  timeZone: string;
  portalUrl: string;
  data: NotificationData;
  /** The opened one-time token of an INVITATION's or PASSWORD_RESET's link; only ever in memory. */
  linkToken?: string;
}

type Fact = [label: string, value: string];

interface MailContent {
  subject: string;
  /** Paragraphs; facts are rendered as a list below them. */
  paragraphs: string[];
  facts: Fact[];
  action: string;
  path: string;
  /** Replaces the footer that says notifications can be switched off (for mails that cannot be). */
  footer?: string;
}

type TeaserValue = string | number;

const companySize = (t: Translator, value: TeaserValue) => t.enum('EmployeeBand', value as EnumValue<'EmployeeBand'>);
const requestType = (t: Translator, value: TeaserValue) => t.enum('RequestType', value as EnumValue<'RequestType'>);
const country = (t: Translator, value: TeaserValue) => t.region(String(value));

/** How each teaser field reads in a mail, in this order: its label, and its value as a person reads it (no enum names, no country codes). */
const TEASER_FACTS: Record<string, { label: TextKey; value?: (t: Translator, value: TeaserValue) => string }> = {
  industry: { label: 'mail.fact.industry' },
  companySize: { label: 'mail.fact.companySize', value: companySize },
  country: { label: 'mail.fact.country', value: country },
  postalArea: { label: 'mail.fact.postalArea' },
  city: { label: 'mail.fact.city' },
  productLine: { label: 'mail.fact.productLine' },
  requestType: { label: 'mail.fact.requestType', value: requestType },
  score: { label: 'mail.fact.score', value: (t, value) => (typeof value === 'number' ? t.number(value) : String(value)) },
  grade: { label: 'mail.fact.grade' },
};

/** The teaser's facts in the order above: the stored teaser (jsonb) does not keep its keys' order. */
function teaserFacts(data: NotificationData, t: Translator): Fact[] {
  const teaser = data.teaser ?? {};
  return Object.entries(TEASER_FACTS).flatMap(([field, fact]): Fact[] => {
    const value = teaser[field];
    if (value === null || value === undefined || value === '') return [];
    return [[t.t(fact.label), fact.value ? fact.value(t, value) : String(value)]];
  });
}

/** What a partner's offer mail calls the lead in its subject: "Robotik in Hamburg", "Angebotsanfrage in Österreich". */
function offerHeadline(data: NotificationData, t: Translator): { interest: string; place: string } {
  const { productLine, requestType: type, city, country: code } = data.teaser ?? {};
  return {
    interest: productLine ? String(productLine) : requestType(t, type ?? 'INQUIRY'),
    place: city ? String(city) : code ? country(t, code) : '',
  };
}

/** Why the router held a lead (distribution's HoldReason), as the catalogs name them. */
type HoldReasonKey = 'CONSENT_MISSING' | 'RULE_HOLDS' | 'NO_CANDIDATE' | 'NO_DIRECT_SALES' | 'NO_RULE' | 'MAX_ROUNDS';

/** The words of each mail, from the recipient's catalog. */
function content(kind: NotificationKind, c: MailContext, t: Translator): MailContent {
  const d = c.data;
  const tenant = c.tenantName;
  const company = d.companyName ?? '';
  const expiresAt = d.expiresAt ? new Date(d.expiresAt) : null;
  const offerPath = d.offerId ? `/offers/${d.offerId}` : `/leads/${d.leadId}`;
  const leadPath = `/leads/${d.leadId}`;
  const openLead = { action: t.t('mail.action.openLead'), path: leadPath };
  const resultFacts: Fact[] = [
    ...(d.reason ? [[t.t('mail.fact.reason'), d.reason.label] as Fact] : []),
    ...(d.comment ? [[t.t('mail.fact.comment'), d.comment] as Fact] : []),
  ];
  const partner = (someone: TextKey) => d.partnerName ?? t.t(someone);
  switch (kind) {
    case NotificationKind.OFFER_NEW:
      return {
        subject: t.t('mail.offerNew.subject', offerHeadline(d, t)),
        paragraphs: [t.t('mail.offerNew.body', { tenant, expiresAt })],
        facts: teaserFacts(d, t),
        action: t.t('mail.action.viewOffer'),
        path: offerPath,
      };
    case NotificationKind.OFFER_REMINDER:
      return {
        subject: t.t('mail.offerReminder.subject', { expiresAt }),
        paragraphs: [t.t('mail.offerReminder.body', { tenant, expiresAt })],
        facts: teaserFacts(d, t),
        action: t.t('mail.action.answerNow'),
        path: offerPath,
      };
    case NotificationKind.OFFER_EXPIRED:
      return d.teaser
        ? {
            subject: t.t('mail.offerExpiredForPartner.subject'),
            paragraphs: [t.t('mail.offerExpiredForPartner.body', { tenant })],
            facts: teaserFacts(d, t),
            action: t.t('mail.action.yourOffers'),
            path: '/offers',
          }
        : {
            subject: t.t('mail.offerExpired.subject', { company }),
            paragraphs: [t.t('mail.offerExpired.body', { company, partner: partner('mail.someone.partner') })],
            facts: [],
            ...openLead,
          };
    case NotificationKind.OFFER_ACCEPTED:
      return {
        subject: t.t('mail.offerAccepted.subject', { company, partner: partner('mail.someone.partner') }),
        paragraphs: [t.t('mail.offerAccepted.body', { company, partner: partner('mail.someone.partner'), actor: d.actorName })],
        facts: [],
        ...openLead,
      };
    case NotificationKind.OFFER_DECLINED:
      return {
        subject: t.t('mail.offerDeclined.subject', { company, partner: partner('mail.someone.partner') }),
        paragraphs: [t.t('mail.offerDeclined.body', { company, partner: partner('mail.someone.partner') })],
        facts: resultFacts,
        ...openLead,
      };
    case NotificationKind.LEAD_UNPLACED:
      return {
        subject: t.t('mail.leadUnplaced.subject', { company }),
        paragraphs: [t.t('mail.leadUnplaced.body', { company })],
        facts: [],
        action: t.t('mail.action.placeLead'),
        path: leadPath,
      };
    case NotificationKind.LEAD_RETURNED:
      return {
        subject: t.t('mail.leadReturned.subject', { company, partner: partner('mail.someone.partner') }),
        paragraphs: [t.t('mail.leadReturned.body', { company, partner: partner('mail.someone.partner') })],
        facts: resultFacts,
        ...openLead,
      };
    case NotificationKind.LEAD_WON: {
      const money = { amount: d.amount, currency: d.currency };
      return {
        subject: t.t('mail.leadWon.subject', { company, ...money }),
        paragraphs: [t.t('mail.leadWon.body', { company, partner: partner('mail.someone.sales') })],
        facts: d.amount != null && d.currency ? [[t.t('mail.fact.dealValue'), t.money(d.amount, d.currency)]] : [],
        ...openLead,
      };
    }
    case NotificationKind.LEAD_LOST:
      return {
        subject: t.t('mail.leadLost.subject', { company }),
        paragraphs: [t.t('mail.leadLost.body', { company, partner: partner('mail.someone.sales') })],
        facts: resultFacts,
        ...openLead,
      };
    case NotificationKind.WORK_REMINDER:
      return {
        subject: t.t('mail.workReminder.subject'),
        paragraphs: [t.t('mail.workReminder.body', { tenant })],
        facts: teaserFacts(d, t),
        ...openLead,
      };
    case NotificationKind.LEAD_ESCALATED:
      if (d.holdReason) {
        return {
          subject: t.t('mail.routingHeld.subject', { company }),
          paragraphs: [
            t.t('mail.routingHeld.body', { company }),
            t.t(`mail.routingHeld.reason.${d.holdReason as HoldReasonKey}`),
          ],
          facts: [],
          action: t.t('mail.action.placeLead'),
          path: leadPath,
        };
      }
      return {
        subject: t.t('mail.leadEscalated.subject', { company }),
        paragraphs: [t.t('mail.leadEscalated.body', { company, partner: partner('mail.someone.thePartner') })],
        facts: [],
        ...openLead,
      };
    case NotificationKind.WEBHOOK_DISABLED:
      return webhookDisabled(d, t);
    case NotificationKind.INVITATION:
    case NotificationKind.MEMBERSHIP_ADDED:
    case NotificationKind.PASSWORD_RESET:
      return accessMail(kind, c, t);
  }
}

/** A person's access: an invitation, one more tenant, a password reset. Never optional, so their footer says so. */
function accessMail(kind: NotificationKind, c: MailContext, t: Translator): MailContent {
  const d = c.data;
  const tenant = c.tenantName;
  const by = d.actorName ?? tenant;
  const facts: Fact[] = [
    ...(d.role ? [[t.t('mail.fact.role'), t.enum('Role', d.role as EnumValue<'Role'>)] as Fact] : []),
    ...(d.partnerName ? [[t.t('mail.fact.partner'), d.partnerName] as Fact] : []),
  ];
  const footer = t.t('mail.footer.access', { tenant });
  const setPasswordPath = `/set-password?token=${encodeURIComponent(c.linkToken ?? '')}`;
  const validUntil = d.expiresAt ? new Date(d.expiresAt) : null;
  if (kind === NotificationKind.MEMBERSHIP_ADDED) {
    return {
      subject: t.t('mail.membershipAdded.subject', { tenant }),
      paragraphs: [t.t('mail.membershipAdded.added', { by, tenant }), t.t('mail.membershipAdded.login', { tenant })],
      facts,
      action: t.t('mail.action.openPortal'),
      path: '/login',
      footer,
    };
  }
  if (kind === NotificationKind.INVITATION) {
    return {
      subject: t.t('mail.invitation.subject', { tenant }),
      paragraphs: [
        t.t('mail.invitation.invited', { by, tenant }),
        t.t('mail.invitation.link', { validUntil }),
        t.t('mail.invitation.unexpected'),
      ],
      facts,
      action: t.t('mail.action.choosePassword'),
      path: setPasswordPath,
      footer,
    };
  }
  return {
    subject: t.t('mail.passwordReset.subject'),
    paragraphs: [
      t.t('mail.passwordReset.requested'),
      t.t('mail.passwordReset.link', { validUntil }),
      t.t('mail.passwordReset.unexpected'),
    ],
    facts: [],
    action: t.t('mail.action.chooseNewPassword'),
    path: setPasswordPath,
    footer,
  };
}

/** How long a failing endpoint is retried before it is disabled (QUEUE_SETTINGS of the webhook queue). */
const WEBHOOK_RETRY_DAYS = 3;

/** To the vendor admins: an endpoint no longer receives events, why, and what to do. */
function webhookDisabled(d: NotificationData, t: Translator): MailContent {
  const hook = d.webhook;
  const url = hook?.url ?? '';
  const last = hook?.lastResponseCode
    ? t.t('mail.webhookDisabled.lastResponse', { code: hook.lastResponseCode })
    : (hook?.lastError ?? '');
  return {
    subject: t.t('mail.webhookDisabled.subject', { url }),
    paragraphs:
      hook?.reason === 'GONE'
        ? [t.t('mail.webhookDisabled.gone', { url }), t.t('mail.webhookDisabled.goneFix')]
        : [t.t('mail.webhookDisabled.failing', { url, count: WEBHOOK_RETRY_DAYS }), t.t('mail.webhookDisabled.failingFix')],
    facts: last ? [[t.t('mail.fact.lastAnswer'), last]] : [],
    action: t.t('mail.action.openWebhooks'),
    path: `/settings/webhooks/${hook?.endpointId ?? ''}`,
  };
}

/** A mail in the recipient's language with an HTML and a plain-text part and a link into the portal. */
export function renderMail(kind: NotificationKind, context: MailContext): RenderedMail {
  const t = translator(context.locale, { timeZone: context.timeZone });
  const mail = content(kind, context, t);
  const url = `${context.portalUrl.replace(/\/$/, '')}${mail.path}`;
  const greeting = t.t('mail.greeting', { name: context.recipientName });
  const footer = mail.footer ?? t.t('mail.footer.optional', { tenant: context.tenantName });
  const text = [
    greeting,
    '',
    ...mail.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...mail.facts.map(([label, value]) => `${label}: ${value}`),
    ...(mail.facts.length ? [''] : []),
    `${mail.action}: ${url}`,
    '',
    '-- ',
    footer,
  ].join('\n');
  const html = `<!doctype html><html lang="${context.locale}"><body style="font-family:sans-serif;line-height:1.5;color:#1f2933">
<p>${escapeHtml(greeting)}</p>
${mail.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${mail.facts.length ? `<table>${mail.facts.map(([l, v]) => `<tr><th align="left" style="padding-right:1em">${escapeHtml(l)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>` : ''}
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:.6em 1.2em;background:#0b6bcb;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(mail.action)}</a></p>
<p style="color:#6b7785;font-size:12px">${escapeHtml(footer)}</p>
</body></html>`;
  return { subject: mail.subject, text, html };
}
