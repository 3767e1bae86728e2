import type { Tenant } from '@leadrelay/core';
import type { WorkingCalendar } from '../deadlines';

/** The tenant's working calendar: its settings' days, hours and holidays in its time zone. */
export function calendarOf(tenant: Tenant): WorkingCalendar {
  const { workingDays, dayStart, dayEnd, holidays } = tenant.settings();
  return { timeZone: tenant.timeZone, workingDays, dayStart, dayEnd, holidays };
}
