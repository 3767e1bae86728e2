/**
 * How a tenant runs its channel: acceptance and work periods in business hours, counted on its
 * working calendar in the tenant's time zone. Stored as JSON on the tenant; what is not stored
 * takes the default.
 */
export interface TenantSettings {
  /** Business hours a partner has to accept an offer. */
  acceptanceHours: number;
  /** Per-tier overrides of `acceptanceHours`, e.g. GOLD partners answer faster. */
  acceptanceHoursByTier: Partial<Record<'GOLD' | 'SILVER' | 'BRONZE', number>>;
  /** ISO weekdays worked, 1 = Monday. */
  workingDays: number[];
  /** Local 'HH:mm'. */
  dayStart: string;
  dayEnd: string;
  /** Local dates ('YYYY-MM-DD') that are not worked. */
  holidays: string[];
  /** Business hours after acceptance within which the partner must record progress. */
  firstContactHours: number;
  /** Business hours after acceptance without progress after which channel managers are alerted. */
  escalationHours: number;
  /** Remind the partner when half the acceptance period has passed. */
  remindAtHalfway: boolean;
  /** Remind the partner this many business hours before the deadline (0: not at all). */
  reminderHoursBeforeDeadline: number;
  /** The sender of this tenant's mails, e.g. "Nordlicht Partnerportal <partner@nordlicht.example>"; MAIL_FROM when null. */
  mailFrom: string | null;
}

export const DEFAULT_TENANT_SETTINGS: Readonly<TenantSettings> = Object.freeze({
  acceptanceHours: 16,
  acceptanceHoursByTier: { GOLD: 8 },
  workingDays: [1, 2, 3, 4, 5],
  dayStart: '08:00',
  dayEnd: '17:00',
  holidays: [],
  firstContactHours: 16,
  escalationHours: 40,
  remindAtHalfway: true,
  reminderHoursBeforeDeadline: 2,
  mailFrom: null,
});

export function withDefaults(stored: Partial<TenantSettings> | null | undefined): TenantSettings {
  return { ...DEFAULT_TENANT_SETTINGS, ...(stored ?? {}) };
}
