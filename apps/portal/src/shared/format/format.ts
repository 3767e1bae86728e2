// Dates, numbers, money and remaining time through Intl: in the viewer's language, and for dates
// in the tenant's time zone (where its deadlines are counted), whatever the browser's zone is.

import { DateTime } from 'luxon';

export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDate(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

/**
 * The time left until a deadline in days, hours and minutes ("5 Std., 20 Min." / "5 hr, 20 min"),
 * or null when it has passed. Minutes are rounded down: a deadline is never shown later than it is.
 */
export function formatRemaining(deadlineIso: string, now: Date, locale: string): string | null {
  const totalMinutes = Math.floor((new Date(deadlineIso).getTime() - now.getTime()) / 60_000);
  if (totalMinutes < 0) return null;
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  const parts = days > 0 ? { days, hours } : hours > 0 ? { hours, minutes } : { minutes };
  return new Intl.DurationFormat(locale, { style: 'short' }).format(parts);
}

/** Today in the tenant's time zone, as YYYY-MM-DD (for "closed on" fields). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The first moment of a day (YYYY-MM-DD) in the tenant's time zone, as an ISO instant; null for no valid day. */
export function startOfDayIn(day: string, timeZone: string): string | null {
  const start = DateTime.fromISO(day, { zone: timeZone }).startOf('day');
  return start.isValid ? start.toUTC().toISO() : null;
}

/** The last moment of a day (YYYY-MM-DD) in the tenant's time zone: the end of a "to" range that includes the day. */
export function endOfDayIn(day: string, timeZone: string): string | null {
  const end = DateTime.fromISO(day, { zone: timeZone }).endOf('day');
  return end.isValid ? end.toUTC().toISO() : null;
}
