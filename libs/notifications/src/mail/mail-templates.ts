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
  /** The opened one-time token of an INVITATION's or PASSWORD_RESET's link; only ever in memory. */
  linkToken?: string;
}

interface MailContent {
  subject: string;
  /** Paragraphs; facts are rendered as a list below them. */
  paragraphs: string[];
  facts: [string, string][];
  action: string;
  path: string;
  /** Replaces the footer that says notifications can be switched off (for mails that cannot be). */
  footer?: string;
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
    case NotificationKind.INVITATION:
    case NotificationKind.MEMBERSHIP_ADDED:
    case NotificationKind.PASSWORD_RESET:
      return accessMail(kind, c);
  }
}

const ROLE_LABELS: Record<Locale, Record<string, string>> = {
  [Locale.DE]: {
    VENDOR_ADMIN: 'Administration',
    CHANNEL_MANAGER: 'Channel-Management',
    MARKETING: 'Marketing',
    DIRECT_SALES: 'Direktvertrieb',
    PARTNER_ADMIN: 'Partner-Administration',
    PARTNER_SALES: 'Partner-Vertrieb',
  },
  [Locale.EN]: {
    VENDOR_ADMIN: 'Administrator',
    CHANNEL_MANAGER: 'Channel manager',
    MARKETING: 'Marketing',
    DIRECT_SALES: 'Direct sales',
    PARTNER_ADMIN: 'Partner administrator',
    PARTNER_SALES: 'Partner sales',
  },
};

/** A person's access: an invitation, one more tenant, a password reset. Never optional, so their footer says so. */
function accessMail(kind: NotificationKind, c: MailContext): MailContent {
  const de = c.locale === Locale.DE;
  const d = c.data;
  const tenant = c.tenantName;
  const by = d.actorName ?? tenant;
  const facts: [string, string][] = [
    ...(d.role ? [[de ? 'Rolle' : 'Role', ROLE_LABELS[c.locale][d.role] ?? d.role] as [string, string]] : []),
    ...(d.partnerName ? [['Partner', d.partnerName] as [string, string]] : []),
  ];
  const footer = de
    ? `Diese Nachricht kommt aus dem Partnerportal von ${tenant}. Sie betrifft Ihren Zugang und lässt sich deshalb nicht abbestellen.`
    : `This message comes from the partner portal of ${tenant}. It concerns your access and therefore cannot be switched off.`;
  const setPasswordPath = `/set-password?token=${encodeURIComponent(c.linkToken ?? '')}`;
  const validUntil = when(d.expiresAt, c);
  if (kind === NotificationKind.MEMBERSHIP_ADDED) {
    return {
      subject: de ? `Sie haben jetzt Zugang zu ${tenant}` : `You now have access to ${tenant}`,
      paragraphs: [
        de
          ? `${by} hat Sie in das Partnerportal von ${tenant} aufgenommen.`
          : `${by} has added you to the partner portal of ${tenant}.`,
        de
          ? `Melden Sie sich wie gewohnt mit Ihrer E-Mail-Adresse und Ihrem Passwort an und wählen Sie ${tenant}, wenn Sie gefragt werden.`
          : `Log in as usual with your e-mail address and password, and choose ${tenant} when asked.`,
      ],
      facts,
      action: de ? 'Zum Portal' : 'Open the portal',
      path: '/login',
      footer,
    };
  }
  if (kind === NotificationKind.INVITATION) {
    return {
      subject: de ? `Einladung in das Partnerportal von ${tenant}` : `Your invitation to the partner portal of ${tenant}`,
      paragraphs: [
        de
          ? `${by} hat Sie in das Partnerportal von ${tenant} eingeladen. Bitte legen Sie über den Link unten Ihr Passwort fest; danach melden Sie sich mit Ihrer E-Mail-Adresse und diesem Passwort an.`
          : `${by} has invited you to the partner portal of ${tenant}. Please choose your password with the link below; then log in with your e-mail address and that password.`,
        de
          ? `Der Link ist bis ${validUntil} gültig und lässt sich einmal verwenden. Ist er abgelaufen, fordern Sie mit „Passwort vergessen?“ auf der Anmeldeseite einen neuen an.`
          : `The link works once, until ${validUntil}. If it has expired, ask for a new one with "Forgot password?" on the login page.`,
        de
          ? 'Wenn Sie diese Einladung nicht erwartet haben, können Sie diese Nachricht ignorieren.'
          : 'If you did not expect this invitation, you can ignore this message.',
      ],
      facts,
      action: de ? 'Passwort festlegen' : 'Choose your password',
      path: setPasswordPath,
      footer,
    };
  }
  return {
    subject: de ? 'Neues Passwort für Ihren Zugang' : 'Choose a new password',
    paragraphs: [
      de
        ? 'Für Ihren Zugang zum Partnerportal wurde ein neues Passwort angefordert. Über den Link unten legen Sie es fest; es gilt für jede Organisation, zu der Sie Zugang haben.'
        : 'A new password was requested for your access to the partner portal. Choose it with the link below; it applies to every organisation you have access to.',
      de
        ? `Der Link ist bis ${validUntil} gültig und lässt sich einmal verwenden. Danach sind Sie überall abgemeldet und melden sich mit dem neuen Passwort an.`
        : `The link works once, until ${validUntil}. Afterwards you are logged out everywhere and log in with the new password.`,
      de
        ? 'Wenn Sie kein neues Passwort angefordert haben, ignorieren Sie diese Nachricht; Ihr Passwort bleibt unverändert.'
        : 'If you did not ask for a new password, ignore this message; your password stays as it is.',
    ],
    facts: [],
    action: de ? 'Neues Passwort festlegen' : 'Choose a new password',
    path: setPasswordPath,
    footer,
  };
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
  const footer =
    mail.footer ??
    (de
      ? `Diese Nachricht kommt aus dem Partnerportal von ${context.tenantName}. Benachrichtigungen können Sie im Portal abbestellen.`
      : `This message comes from the partner portal of ${context.tenantName}. You can switch notifications off in the portal.`);
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
