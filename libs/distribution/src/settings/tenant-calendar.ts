import type { Tenant } from '@leadrelay/core';
import { type WorkingCalendar, addBusinessHours } from '../deadlines';

/** The tenant's working calendar: its settings' days, hours and holidays in its time zone. */
export function calendarOf(tenant: Pick<Tenant, 'timeZone' | 'settings'>): WorkingCalendar {
  const { workingDays, dayStart, dayEnd, holidays } = tenant.settings();
  return { timeZone: tenant.timeZone, workingDays, dayStart, dayEnd, holidays };
}

export type Tier = 'GOLD' | 'SILVER' | 'BRONZE';

/** The business hours a partner of `tier` has to accept an offer: its tier's period, else the tenant's. */
export function acceptanceHoursOf(tenant: Tenant, tier: Tier): number {
  const settings = tenant.settings();
  return settings.acceptanceHoursByTier[tier] ?? settings.acceptanceHours;
}

/** The acceptance deadline of an offer made at `now` to a partner of `tier`, in the tenant's business hours. */
export function acceptanceDeadline(tenant: Tenant, tier: Tier, now: Date): Date {
  return addBusinessHours(now, acceptanceHoursOf(tenant, tier), calendarOf(tenant));
}
