import escapeHtml from 'escape-html';
import { DateTime } from 'luxon';
import { Locale } from '@leadrelay/core';
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
  timeZone: string;
  portalUrl: string;
  data: NotificationData;
}

interface MailContent {
  subject: string;
  /** Paragraphs; facts are rendered as a list below them. */
  paragraphs: string[];
  facts: [string, string][];
  action: string;
  path: string;
}

const TEASER_LABELS: Record<Locale, Record<string, string>> = {
  [Locale.DE]: {
    industry: 'Branche',
    companySize: 'Unternehmensgröße',
    country: 'Land',
    postalArea: 'PLZ-Gebiet',
    city: 'Ort',
    productLine: 'Interesse',
    requestType: 'Anfrageart',
    score: 'Score',
    grade: 'Bewertung',
  },
  [Locale.EN]: {
    industry: 'Industry',
    companySize: 'Company size',
    country: 'Country',
    postalArea: 'Postal area',
    city: 'City',
    productLine: 'Interest',
    requestType: 'Request type',
    score: 'Score',
    grade: 'Grade',
  },
};

function when(iso: string | null | undefined, context: MailContext): string {
  if (!iso) return '';
  return DateTime.fromISO(iso, { zone: context.timeZone })
    .setLocale(context.locale)
    .toLocaleString(
      context.locale === Locale.DE ? { ...DateTime.DATETIME_MED, timeZoneName: 'short' } : DateTime.DATETIME_MED_WITH_WEEKDAY,
    );
}

function money(amount: number | null | undefined, currency: string | null | undefined, locale: Locale): string {
  if (amount == null || !currency) return '';
  return new Intl.NumberFormat(locale === Locale.DE ? 'de-DE' : 'en-US', { style: 'currency', currency }).format(amount);
}

function teaserFacts(data: NotificationData, locale: Locale): [string, string][] {
  return Object.entries(data.teaser ?? {})
    .filter(([, value]) => value !== null && value !== '')
    .map(([key, value]) => [TEASER_LABELS[locale][key] ?? key, String(value)]);
}

function reasonOf(data: NotificationData, locale: Locale): string {
  if (!data.reason) return '';
  return locale === Locale.DE ? data.reason.labelDe : data.reason.labelEn;
}

/** The words of each mail, in German and English. */
function content(kind: NotificationKind, c: MailContext): MailContent {
  const de = c.locale === Locale.DE;
  const d = c.data;
  const company = d.companyName ?? '';
  const offerPath = d.offerId ? `/offers/${d.offerId}` : `/leads/${d.leadId}`;
  const leadPath = `/leads/${d.leadId}`;
  const reason = reasonOf(d, c.locale);
  const withReason = (facts: [string, string][]) =>
    reason ? [...facts, [de ? 'Grund' : 'Reason', reason] as [string, string]] : facts;
  const withComment = (facts: [string, string][]) =>
    d.comment ? [...facts, [de ? 'Kommentar' : 'Comment', d.comment] as [string, string]] : facts;
  switch (kind) {
    case NotificationKind.OFFER_NEW:
      return {
        subject: de
          ? `Neuer Lead für Sie: ${d.teaser?.productLine ?? 'Anfrage'} in ${d.teaser?.city ?? d.teaser?.country}`
          : `A new lead for you: ${d.teaser?.productLine ?? 'inquiry'} in ${d.teaser?.city ?? d.teaser?.country}`,
        paragraphs: [
          de
            ? `${c.tenantName} bietet Ihnen einen neuen Lead an. Bitte nehmen Sie ihn bis ${when(d.expiresAt, c)} an oder lehnen Sie ihn ab. Die Kontaktdaten sehen Sie nach der Annahme.`
            : `${c.tenantName} offers you a new lead. Please accept or decline it by ${when(d.expiresAt, c)}. You will see the contact details once you accept.`,
        ],
        facts: teaserFacts(d, c.locale),
        action: de ? 'Angebot ansehen' : 'View the offer',
        path: offerPath,
      };
    case NotificationKind.OFFER_REMINDER:
      return {
        subject: de
          ? `Erinnerung: Lead-Angebot läuft ${when(d.expiresAt, c)} ab`
          : `Reminder: lead offer expires ${when(d.expiresAt, c)}`,
        paragraphs: [
          de
            ? `Ein Lead-Angebot von ${c.tenantName} wartet noch auf Ihre Antwort. Es läuft am ${when(d.expiresAt, c)} ab.`
            : `A lead offer from ${c.tenantName} is still waiting for your answer. It expires on ${when(d.expiresAt, c)}.`,
        ],
        facts: teaserFacts(d, c.locale),
        action: de ? 'Jetzt antworten' : 'Answer now',
        path: offerPath,
      };
    case NotificationKind.OFFER_EXPIRED:
      return d.teaser
        ? {
            subject: de ? 'Lead-Angebot abgelaufen' : 'Lead offer expired',
            paragraphs: [
              de
                ? `Ein Lead-Angebot von ${c.tenantName} ist abgelaufen, ohne dass Sie es angenommen haben. Es wird nun anderweitig vergeben.`
                : `A lead offer from ${c.tenantName} expired without your acceptance. It will now be placed elsewhere.`,
            ],
            facts: teaserFacts(d, c.locale),
            action: de ? 'Ihre Angebote' : 'Your offers',
            path: '/offers',
          }
        : {
            subject: de ? `Angebot abgelaufen: ${company}` : `Offer expired: ${company}`,
            paragraphs: [
              de
                ? `${d.partnerName ?? 'Ein Partner'} hat das Angebot für ${company} nicht rechtzeitig angenommen.`
                : `${d.partnerName ?? 'A partner'} did not accept the offer for ${company} in time.`,
            ],
            facts: [],
            action: de ? 'Lead öffnen' : 'Open the lead',
            path: leadPath,
          };
    case NotificationKind.OFFER_ACCEPTED:
      return {
        subject: de ? `Angenommen: ${company} von ${d.partnerName}` : `Accepted: ${company} by ${d.partnerName}`,
        paragraphs: [
          de
            ? `${d.partnerName} hat den Lead ${company} angenommen (${d.actorName}).`
            : `${d.partnerName} accepted the lead ${company} (${d.actorName}).`,
        ],
        facts: [],
        action: de ? 'Lead öffnen' : 'Open the lead',
        path: leadPath,
      };
    case NotificationKind.OFFER_DECLINED:
      return {
        subject: de ? `Abgelehnt: ${company} von ${d.partnerName}` : `Declined: ${company} by ${d.partnerName}`,
        paragraphs: [
          de
            ? `${d.partnerName} hat das Angebot für ${company} abgelehnt.`
            : `${d.partnerName} declined the offer for ${company}.`,
        ],
        facts: withComment(withReason([])),
        action: de ? 'Lead öffnen' : 'Open the lead',
        path: leadPath,
      };
    case NotificationKind.LEAD_UNPLACED:
      return {
        subject: de ? `Nicht vergeben: ${company}` : `Unplaced: ${company}`,
        paragraphs: [
          de
            ? `Kein Partner hat den Lead ${company} angenommen. Bitte bieten Sie ihn erneut an, geben Sie ihn in den Direktvertrieb oder an das Marketing.`
            : `No partner accepted the lead ${company}. Please offer it again, route it to direct sales, or hand it to marketing.`,
        ],
        facts: [],
        action: de ? 'Lead vergeben' : 'Place the lead',
        path: leadPath,
      };
    case NotificationKind.LEAD_RETURNED:
      return {
        subject: de ? `Zurückgegeben: ${company} von ${d.partnerName}` : `Returned: ${company} by ${d.partnerName}`,
        paragraphs: [
          de ? `${d.partnerName} hat den Lead ${company} zurückgegeben.` : `${d.partnerName} returned the lead ${company}.`,
        ],
        facts: withComment(withReason([])),
        action: de ? 'Lead öffnen' : 'Open the lead',
        path: leadPath,
      };
    case NotificationKind.LEAD_WON:
      return {
        subject: de
          ? `Gewonnen: ${company} (${money(d.amount, d.currency, c.locale)})`
          : `Won: ${company} (${money(d.amount, d.currency, c.locale)})`,
        paragraphs: [
          de
            ? `${d.partnerName ?? 'Der Vertrieb'} hat den Lead ${company} gewonnen.`
            : `${d.partnerName ?? 'Sales'} won the lead ${company}.`,
        ],
        facts: [[de ? 'Auftragswert' : 'Deal value', money(d.amount, d.currency, c.locale)]],
        action: de ? 'Lead öffnen' : 'Open the lead',
        path: leadPath,
      };
    case NotificationKind.LEAD_LOST:
      return {
        subject: de ? `Verloren: ${company}` : `Lost: ${company}`,
        paragraphs: [
          de
            ? `${d.partnerName ?? 'Der Vertrieb'} hat den Lead ${company} verloren. Er geht zur weiteren Pflege an das Marketing.`
            : `${d.partnerName ?? 'Sales'} lost the lead ${company}. It goes back to marketing for nurturing.`,
        ],
        facts: withComment(withReason([])),
        action: de ? 'Lead öffnen' : 'Open the lead',
        path: leadPath,
      };
    case NotificationKind.WORK_REMINDER:
      return {
        subject: de ? 'Erinnerung: Bitte erfassen Sie den ersten Kontakt' : 'Reminder: please record the first contact',
        paragraphs: [
          de
            ? `Zu einem angenommenen Lead von ${c.tenantName} ist noch kein Fortschritt erfasst. Bitte nehmen Sie Kontakt auf und erfassen Sie den Schritt.`
            : `No progress has been recorded yet on a lead you accepted from ${c.tenantName}. Please contact the customer and record the step.`,
        ],
        facts: teaserFacts(d, c.locale),
        action: de ? 'Lead öffnen' : 'Open the lead',
        path: leadPath,
      };
    case NotificationKind.LEAD_ESCALATED:
      return {
        subject: de ? `Eskalation: kein Fortschritt bei ${company}` : `Escalation: no progress on ${company}`,
        paragraphs: [
          de
            ? `${d.partnerName ?? 'Der Partner'} hat beim Lead ${company} in der vereinbarten Zeit keinen Fortschritt erfasst. Bitte klären Sie das mit dem Partner.`
            : `${d.partnerName ?? 'The partner'} has recorded no progress on the lead ${company} in the agreed time. Please follow up with the partner.`,
        ],
        facts: [],
        action: de ? 'Lead öffnen' : 'Open the lead',
        path: leadPath,
      };
    case NotificationKind.WEBHOOK_DISABLED:
      return webhookDisabled(d, de);
  }
}

/** To the vendor admins: an endpoint no longer receives events, why, and what to do. */
function webhookDisabled(d: NotificationData, de: boolean): MailContent {
  const hook = d.webhook;
  const url = hook?.url ?? '';
  const gone = hook?.reason === 'GONE';
  const last = hook?.lastResponseCode ? `HTTP ${hook.lastResponseCode}` : (hook?.lastError ?? '');
  return {
    subject: de ? `Webhook deaktiviert: ${url}` : `Webhook disabled: ${url}`,
    paragraphs: gone
      ? [
          de
            ? `Der Webhook-Empfänger ${url} hat mit 410 Gone geantwortet und möchte keine Ereignisse mehr erhalten. LeadRelay hat den Endpunkt deshalb deaktiviert.`
            : `The webhook receiver ${url} answered 410 Gone and wants no more events. LeadRelay has therefore disabled the endpoint.`,
          de
            ? 'Wenn das ein Versehen war, korrigieren Sie den Empfänger und aktivieren Sie den Endpunkt im Portal wieder.'
            : 'If that was a mistake, fix the receiver and enable the endpoint again in the portal.',
        ]
      : [
          de
            ? `LeadRelay konnte Ereignisse an ${url} etwa drei Tage lang nicht zustellen, trotz wiederholter Versuche. Der Endpunkt ist deshalb deaktiviert; neue Ereignisse werden nicht mehr gesendet.`
            : `LeadRelay could not deliver events to ${url} for about three days despite repeated attempts. The endpoint is therefore disabled; new events are no longer sent.`,
          de
            ? 'Prüfen Sie, ob der Empfänger erreichbar ist und mit 2xx antwortet, aktivieren Sie den Endpunkt dann im Portal wieder und senden Sie einen Test.'
            : 'Check that the receiver is reachable and answers 2xx, then enable the endpoint again in the portal and send a test.',
        ],
    facts: last ? [[de ? 'Letzte Antwort' : 'Last answer', last]] : [],
    action: de ? 'Webhooks öffnen' : 'Open webhooks',
    path: `/settings/webhooks/${hook?.endpointId ?? ''}`,
  };
}

/** A mail in the recipient's language with an HTML and a plain-text part and a link into the portal. */
export function renderMail(kind: NotificationKind, context: MailContext): RenderedMail {
  const mail = content(kind, context);
  const de = context.locale === Locale.DE;
  const url = `${context.portalUrl.replace(/\/$/, '')}${mail.path}`;
  const greeting = de ? `Hallo ${context.recipientName},` : `Hello ${context.recipientName},`;
  const footer = de
    ? `Diese Nachricht kommt aus dem Partnerportal von ${context.tenantName}. Benachrichtigungen können Sie im Portal abbestellen.`
    : `This message comes from the partner portal of ${context.tenantName}. You can switch notifications off in the portal.`;
  const text = [
    greeting,
    '',
    ...mail.paragraphs,
    '',
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
