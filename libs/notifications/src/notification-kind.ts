/** What a notification is about; each kind has a German and an English mail. */
export enum NotificationKind {
  OFFER_NEW = 'OFFER_NEW',
  OFFER_REMINDER = 'OFFER_REMINDER',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  OFFER_ACCEPTED = 'OFFER_ACCEPTED',
  OFFER_DECLINED = 'OFFER_DECLINED',
  LEAD_UNPLACED = 'LEAD_UNPLACED',
  LEAD_RETURNED = 'LEAD_RETURNED',
  LEAD_WON = 'LEAD_WON',
  LEAD_LOST = 'LEAD_LOST',
  WORK_REMINDER = 'WORK_REMINDER',
  LEAD_ESCALATED = 'LEAD_ESCALATED',
  /** A webhook endpoint was switched off (410 Gone, or failing for days): to the vendor admins. */
  WEBHOOK_DISABLED = 'WEBHOOK_DISABLED',
  /** A new member is asked to choose a password, with a link (7 days). */
  INVITATION = 'INVITATION',
  /** A user who has a password can now reach one more tenant. */
  MEMBERSHIP_ADDED = 'MEMBERSHIP_ADDED',
  /** A link to choose a new password (1 hour), asked for by the user. */
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/** Mails whose link carries a one-time token to set a password (kept sealed, see TokenSeal). */
export const LINK_TOKEN_KINDS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.INVITATION,
  NotificationKind.PASSWORD_RESET,
]);

/** What a user can switch off. Escalations to managers are never optional. */
export enum NotificationCategory {
  /** New offers. */
  OFFERS = 'OFFERS',
  /** Reminders before acceptance deadlines and work deadlines. */
  REMINDERS = 'REMINDERS',
  /** Outcomes: accepted, declined, expired, unplaced, returned, won, lost. */
  RESULTS = 'RESULTS',
}

export const CATEGORY_OF: Record<NotificationKind, NotificationCategory | null> = {
  [NotificationKind.OFFER_NEW]: NotificationCategory.OFFERS,
  [NotificationKind.OFFER_REMINDER]: NotificationCategory.REMINDERS,
  [NotificationKind.WORK_REMINDER]: NotificationCategory.REMINDERS,
  [NotificationKind.OFFER_EXPIRED]: NotificationCategory.RESULTS,
  [NotificationKind.OFFER_ACCEPTED]: NotificationCategory.RESULTS,
  [NotificationKind.OFFER_DECLINED]: NotificationCategory.RESULTS,
  [NotificationKind.LEAD_UNPLACED]: NotificationCategory.RESULTS,
  [NotificationKind.LEAD_RETURNED]: NotificationCategory.RESULTS,
  [NotificationKind.LEAD_WON]: NotificationCategory.RESULTS,
  [NotificationKind.LEAD_LOST]: NotificationCategory.RESULTS,
  [NotificationKind.LEAD_ESCALATED]: null,
  [NotificationKind.WEBHOOK_DISABLED]: null,
  // A person's access: never optional.
  [NotificationKind.INVITATION]: null,
  [NotificationKind.MEMBERSHIP_ADDED]: null,
  [NotificationKind.PASSWORD_RESET]: null,
};
