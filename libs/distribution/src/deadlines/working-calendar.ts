import { DateTime, IANAZone } from 'luxon';

/**
 * When a tenant works: acceptance and work deadlines are counted only inside these hours, in the
 * tenant's own time zone. Pure data, so that it can be stored per tenant and passed to the worker.
 */
export interface WorkingCalendar {
  /** IANA time zone the hours and dates below are read in, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** ISO weekdays that are worked: 1 = Monday ... 7 = Sunday. */
  workingDays: readonly number[];
  /** Local opening time, `HH:mm`. */
  dayStart: string;
  /** Local closing time, `HH:mm`, after `dayStart` on the same day. */
  dayEnd: string;
  /** Local dates (`YYYY-MM-DD`) that are not worked although their weekday is. */
  holidays: readonly string[];
}

/** Monday to Friday, 08:00 to 17:00 in Berlin, no holidays. */
export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = Object.freeze({
  timeZone: 'Europe/Berlin',
  workingDays: Object.freeze([1, 2, 3, 4, 5]),
  dayStart: '08:00',
  dayEnd: '17:00',
  holidays: Object.freeze([]),
});

/** A calendar that cannot be used; `field` names the offending property. */
export class InvalidWorkingCalendarError extends Error {
  constructor(
    readonly field: keyof WorkingCalendar,
    problem: string,
  ) {
    super(`Invalid working calendar: ${field} ${problem}`);
    this.name = new.target.name;
  }
}

const MS_PER_HOUR = 3_600_000;
/** A longer run of days without any working time means the calendar is unusable, not a long holiday. */
const MAX_DAYS_WITHOUT_WORKING_TIME = 3 * 366;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Throws an `InvalidWorkingCalendarError` naming the first field that cannot be used. */
export function assertValidCalendar(calendar: WorkingCalendar): void {
  if (typeof calendar.timeZone !== 'string' || !IANAZone.isValidZone(calendar.timeZone)) {
    throw new InvalidWorkingCalendarError(
      'timeZone',
      `"${String(calendar.timeZone)}" is not a known IANA time zone; use a name such as "Europe/Berlin".`,
    );
  }
  if (!Array.isArray(calendar.workingDays) || calendar.workingDays.length === 0) {
    throw new InvalidWorkingCalendarError('workingDays', 'must name at least one weekday (1 = Monday ... 7 = Sunday).');
  }
  for (const weekday of calendar.workingDays) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw new InvalidWorkingCalendarError(
        'workingDays',
        `contains ${String(weekday)}; use ISO weekdays 1 = Monday ... 7 = Sunday.`,
      );
    }
  }
  const opening = minutesOfDay(calendar.dayStart, 'dayStart');
  const closing = minutesOfDay(calendar.dayEnd, 'dayEnd');
  if (closing <= opening) {
    throw new InvalidWorkingCalendarError(
      'dayEnd',
      `"${calendar.dayEnd}" must be after dayStart "${calendar.dayStart}" on the same day.`,
    );
  }
  if (!Array.isArray(calendar.holidays)) {
    throw new InvalidWorkingCalendarError('holidays', 'must be a list of dates in the form YYYY-MM-DD.');
  }
  for (const holiday of calendar.holidays) {
    if (typeof holiday !== 'string' || !LOCAL_DATE.test(holiday) || !DateTime.fromISO(holiday).isValid) {
      throw new InvalidWorkingCalendarError(
        'holidays',
        `contains "${String(holiday)}", which is not a date in the form YYYY-MM-DD.`,
      );
    }
  }
}

/**
 * The instant at which `hours` business hours have passed after `start`. A start outside working
 * time counts from the next opening. A deadline that exactly fills a day ends at that day's closing;
 * one that needs more continues at the next opening, so the result is never a closing instant with
 * time still owed. Business hours are elapsed time: a working window containing a DST change is an
 * hour shorter or longer than its wall-clock span. `hours` of 0 returns `start` unchanged.
 */
export function addBusinessHours(start: Date, hours: number, calendar: WorkingCalendar): Date {
  const days = compile(calendar);
  assertInstant(start, 'start');
  let remaining = durationMs(hours);
  if (remaining === 0) return new Date(start);

  const startMs = start.getTime();
  let idleDays = 0;
  for (let day = localDay(start, days.zone); ; day = nextDay(day)) {
    const window = days.windowOn(day);
    if (!window) {
      guardIdleRun(++idleDays, day);
      continue;
    }
    idleDays = 0;
    const from = Math.max(window.opens, startMs);
    if (from >= window.closes) continue;
    const available = window.closes - from;
    if (remaining <= available) return new Date(from + remaining);
    remaining -= available;
  }
}

/**
 * The instant `hours` business hours before `end`, the mirror of `addBusinessHours`: an end outside
 * working time counts back from the previous closing, and a span that exactly empties a day ends at
 * that day's opening, never at the previous day's closing.
 */
export function subtractBusinessHours(end: Date, hours: number, calendar: WorkingCalendar): Date {
  const days = compile(calendar);
  assertInstant(end, 'end');
  let remaining = durationMs(hours);
  if (remaining === 0) return new Date(end);

  const endMs = end.getTime();
  let idleDays = 0;
  for (let day = localDay(end, days.zone); ; day = previousDay(day)) {
    const window = days.windowOn(day);
    if (!window) {
      guardIdleRun(++idleDays, day);
      continue;
    }
    idleDays = 0;
    const until = Math.min(window.closes, endMs);
    if (until <= window.opens) continue;
    const available = until - window.opens;
    if (remaining <= available) return new Date(until - remaining);
    remaining -= available;
  }
}

/** The working time between two instants, in hours; 0 when `to` is not after `from`. */
export function businessHoursBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  const days = compile(calendar);
  assertInstant(from, 'from');
  assertInstant(to, 'to');
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (toMs <= fromMs) return 0;

  let total = 0;
  const lastDay = localDay(to, days.zone);
  for (let day = localDay(from, days.zone); day <= lastDay; day = nextDay(day)) {
    const window = days.windowOn(day);
    if (window) total += Math.max(0, Math.min(window.closes, toMs) - Math.max(window.opens, fromMs));
  }
  return total / MS_PER_HOUR;
}

/** One day's working time as epoch milliseconds. */
interface WorkingWindow {
  opens: number;
  closes: number;
}

interface CompiledCalendar {
  zone: string;
  windowOn(day: DateTime): WorkingWindow | null;
}

function compile(calendar: WorkingCalendar): CompiledCalendar {
  assertValidCalendar(calendar);
  const workingDays = new Set(calendar.workingDays);
  const holidays = new Set(calendar.holidays);
  const [openHour, openMinute] = clockTime(calendar.dayStart);
  const [closeHour, closeMinute] = clockTime(calendar.dayEnd);
  return {
    zone: calendar.timeZone,
    windowOn(day) {
      if (!workingDays.has(day.weekday) || holidays.has(day.toISODate() ?? '')) return null;
      // luxon resolves the local times in the zone: a time in a spring-forward gap moves forward,
      // an ambiguous autumn time takes the earlier offset.
      return {
        opens: day.set({ hour: openHour, minute: openMinute }).toMillis(),
        closes: day.set({ hour: closeHour, minute: closeMinute }).toMillis(),
      };
    },
  };
}

function localDay(instant: Date, zone: string): DateTime {
  return DateTime.fromJSDate(instant, { zone }).startOf('day');
}

function nextDay(day: DateTime): DateTime {
  return day.plus({ days: 1 }).startOf('day');
}

function previousDay(day: DateTime): DateTime {
  return day.minus({ days: 1 }).startOf('day');
}

function guardIdleRun(idleDays: number, day: DateTime): void {
  if (idleDays > MAX_DAYS_WITHOUT_WORKING_TIME) {
    throw new InvalidWorkingCalendarError(
      'holidays',
      `leave no working time for more than three years around ${day.toISODate()}; check workingDays and holidays.`,
    );
  }
}

function clockTime(value: string): [number, number] {
  const match = CLOCK_TIME.exec(value);
  return match ? [Number(match[1]), Number(match[2])] : [Number.NaN, Number.NaN];
}

function minutesOfDay(value: string, field: 'dayStart' | 'dayEnd'): number {
  const [hour, minute] = typeof value === 'string' ? clockTime(value) : [Number.NaN, Number.NaN];
  if (Number.isNaN(hour)) {
    throw new InvalidWorkingCalendarError(field, `"${String(value)}" is not a time in the form HH:mm (00:00 to 23:59).`);
  }
  return hour * 60 + minute;
}

function durationMs(hours: number): number {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(`Business hours must be a finite number of at least 0, got ${hours}.`);
  }
  return Math.round(hours * MS_PER_HOUR);
}

function assertInstant(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} must be a valid Date.`);
  }
}
