import { IANAZone } from 'luxon';

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

/** Whether Intl knows the zone; asking costs a fraction of a millisecond, so the answers are kept. */
const knownZones = new Map<string, boolean>();
function isKnownZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    known = IANAZone.isValidZone(name);
    if (knownZones.size < 1000) knownZones.set(name, known);
  }
  return known;
}

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30), by plain arithmetic. */
function isRealDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const [year, month, day] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Throws an `InvalidWorkingCalendarError` naming the first field that cannot be used. */
export function assertValidCalendar(calendar: WorkingCalendar): void {
  if (typeof calendar.timeZone !== 'string' || !isKnownZone(calendar.timeZone)) {
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
    if (typeof holiday !== 'string' || !isRealDate(holiday)) {
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
 *
 * Costs O(weeks): whole weeks are counted at once (see `weekMs`); only the first and the last week
 * and the weeks with a DST change are walked day by day.
 */
export function addBusinessHours(start: Date, hours: number, calendar: WorkingCalendar): Date {
  const days = compile(calendar);
  assertInstant(start, 'start');
  let remaining = durationMs(hours);
  if (remaining === 0) return new Date(start);

  const startMs = start.getTime();
  const walk = new Walk(days, start);
  let weeksCounted = false;
  for (let day = days.dayOf(startMs); ; day++) {
    if (!weeksCounted && weekdayOf(day) === 1 && days.midnight(day) > startMs) {
      // From the first Monday on, whole weeks that cannot hold the rest are counted at once.
      weeksCounted = true;
      for (let week = days.weekMs(day); remaining > week; week = days.weekMs(day)) {
        remaining -= week;
        walk.week(day, week);
        day += 7;
      }
    }
    const window = days.windowOn(day);
    walk.day(day, window);
    if (!window) continue;
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
 * that day's opening, never at the previous day's closing. O(weeks) like `addBusinessHours`.
 */
export function subtractBusinessHours(end: Date, hours: number, calendar: WorkingCalendar): Date {
  const days = compile(calendar);
  assertInstant(end, 'end');
  let remaining = durationMs(hours);
  if (remaining === 0) return new Date(end);

  const endMs = end.getTime();
  const walk = new Walk(days, end);
  let weeksCounted = false;
  for (let day = days.dayOf(endMs); ; day--) {
    if (!weeksCounted && weekdayOf(day) === 7 && days.midnight(day + 1) <= endMs) {
      weeksCounted = true;
      for (let week = days.weekMs(day - 6); remaining > week; week = days.weekMs(day - 6)) {
        remaining -= week;
        walk.week(day - 6, week);
        day -= 7;
      }
    }
    const window = days.windowOn(day);
    walk.day(day, window);
    if (!window) continue;
    const until = Math.min(window.closes, endMs);
    if (until <= window.opens) continue;
    const available = until - window.opens;
    if (remaining <= available) return new Date(until - remaining);
    remaining -= available;
  }
}

/** The working time between two instants, in hours; 0 when `to` is not after `from`. O(weeks). */
export function businessHoursBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  const days = compile(calendar);
  assertInstant(from, 'from');
  assertInstant(to, 'to');
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (toMs <= fromMs) return 0;
  if (toMs - fromMs > MAX_SPAN_DAYS * MS_PER_DAY) {
    throw new RangeError(
      `Business hours are counted over at most ${MAX_SPAN_YEARS} years, not from ${from.toISOString()} to ${to.toISOString()}.`,
    );
  }

  let total = 0;
  const lastDay = days.dayOf(toMs);
  let weeksCounted = false;
  for (let day = days.dayOf(fromMs); day <= lastDay; day++) {
    if (!weeksCounted && weekdayOf(day) === 1 && days.midnight(day) >= fromMs) {
      // Whole weeks that end (next Monday 00:00) no later than the start of the last day.
      weeksCounted = true;
      for (; day + 7 <= lastDay; day += 7) total += days.weekMs(day);
      if (day > lastDay) break;
    }
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

/**
 * A calendar ready for counting. Days are local dates as epoch days (days since 1970-01-01, plain
 * arithmetic); only the zone's UTC offsets come from Intl, through luxon's IANAZone, and those
 * are kept (see `offsetAt`).
 */
interface CompiledCalendar {
  zone: IANAZone;
  /** The local date of an instant, as an epoch day. */
  dayOf(instantMs: number): number;
  /** The instant a local date begins. */
  midnight(day: number): number;
  windowOn(day: number): WorkingWindow | null;
  /** The working time of the week that starts on the local Monday `monday`, in milliseconds. */
  weekMs(monday: number): number;
}

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
/** Days since 1970-01-01 of a local date. */
const epochDay = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / MS_PER_DAY;
/** ISO weekday of an epoch day (1970-01-01 was a Thursday). */
const weekdayOf = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;
const isoDateOf = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Compiled calendars by their content: a request that counts 150 deadlines in one calendar compiles it once. */
const compiled = new Map<string, CompiledCalendar>();

function compile(calendar: WorkingCalendar): CompiledCalendar {
  const key = [calendar.timeZone, calendar.workingDays, calendar.dayStart, calendar.dayEnd, calendar.holidays]
    .map(String)
    .join('|');
  let result = compiled.get(key);
  if (!result) {
    result = compileAnew(calendar);
    if (compiled.size >= 100) compiled.clear();
    compiled.set(key, result);
  }
  return result;
}

function compileAnew(calendar: WorkingCalendar): CompiledCalendar {
  assertValidCalendar(calendar);
  const zone = IANAZone.create(calendar.timeZone);
  const workingDays = new Set(calendar.workingDays);
  const holidays = new Set(
    calendar.holidays.map((date) => epochDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))),
  );
  // Holidays on working days, sorted: a week's share is found by binary search.
  const workedHolidays = [...holidays].filter((day) => workingDays.has(weekdayOf(day))).sort((a, b) => a - b);
  const opening = minutesOfDay(calendar.dayStart, 'dayStart');
  const closing = minutesOfDay(calendar.dayEnd, 'dayEnd');
  const nominalDayMs = (closing - opening) * MS_PER_MINUTE;

  // Local midnight and the offset in force then, as luxon's startOf('day') finds them.
  const midnightOf = (day: number): [number, number] => wallTime(zone, day * MS_PER_DAY, offsetAt(zone, day * MS_PER_DAY));
  const windowOn = (day: number): WorkingWindow | null => {
    if (!workingDays.has(weekdayOf(day)) || holidays.has(day)) return null;
    // Local times resolved as luxon's DateTime.set does from the day's midnight: a time in a
    // spring-forward gap moves forward, an ambiguous autumn time takes the earlier offset.
    const [, midnightOffset] = midnightOf(day);
    return {
      opens: wallTime(zone, day * MS_PER_DAY + opening * MS_PER_MINUTE, midnightOffset)[0],
      closes: wallTime(zone, day * MS_PER_DAY + closing * MS_PER_MINUTE, midnightOffset)[0],
    };
  };
  return {
    zone,
    dayOf: (instantMs) => Math.floor((instantMs + offsetAt(zone, instantMs) * MS_PER_MINUTE) / MS_PER_DAY),
    midnight: (day) => midnightOf(day)[0],
    windowOn,
    weekMs(monday) {
      // The same UTC offset at both ends of the week: no DST change inside, so every working day
      // that is no holiday has its nominal length. Otherwise the week's windows are measured.
      if (midnightOf(monday)[1] !== midnightOf(monday + 7)[1]) {
        let total = 0;
        for (let day = monday; day < monday + 7; day++) {
          const window = windowOn(day);
          if (window) total += window.closes - window.opens;
        }
        return total;
      }
      return (workingDays.size - countInRange(workedHolidays, monday, monday + 7)) * nominalDayMs;
    },
  };
}

/**
 * The instant of a local wall time (`localMs`: the wall time read as if it were UTC), starting
 * from the guess `offset` (minutes); the same resolution as luxon's: returns [instant, offset].
 */
function wallTime(zone: IANAZone, localMs: number, offset: number): [number, number] {
  let guess = localMs - offset * MS_PER_MINUTE;
  const second = offsetAt(zone, guess);
  if (second === offset) return [guess, offset];
  guess -= (second - offset) * MS_PER_MINUTE;
  const third = offsetAt(zone, guess);
  if (second === third) return [guess, second];
  return [localMs - Math.min(second, third) * MS_PER_MINUTE, Math.max(second, third)];
}

/**
 * A zone's UTC offset in minutes at an instant. Intl makes each lookup cost microseconds, so they
 * are kept (time zone rules do not change while the process runs); at most 100,000 at a time.
 */
const offsets = new Map<string, number>();
function offsetAt(zone: IANAZone, instantMs: number): number {
  const key = `${zone.name}@${instantMs}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= 100_000) offsets.clear();
    offset = zone.offset(instantMs);
    offsets.set(key, offset);
  }
  return offset;
}

/** How many of the sorted `values` lie in [from, to). */
function countInRange(values: readonly number[], from: number, to: number): number {
  const lowerBound = (target: number) => {
    let low = 0;
    let high = values.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return lowerBound(to) - lowerBound(from);
}

const MAX_SPAN_YEARS = 3;
const MAX_SPAN_DAYS = MAX_SPAN_YEARS * 366;

/**
 * Bounds a walk through the calendar: a run of more than three years without working time means
 * the calendar is unusable, and no deadline is counted more than three years out, so no input can
 * make one computation walk further.
 */
class Walk {
  private idleDays = 0;
  private readonly firstDay: number;

  constructor(
    days: CompiledCalendar,
    private readonly from: Date,
  ) {
    this.firstDay = days.dayOf(from.getTime());
  }

  day(day: number, window: WorkingWindow | null): void {
    this.idleDays = window ? 0 : this.idleDays + 1;
    this.check(day);
  }

  week(monday: number, workingMs: number): void {
    this.idleDays = workingMs > 0 ? 0 : this.idleDays + 7;
    this.check(monday);
  }

  private check(day: number): void {
    if (this.idleDays > MAX_DAYS_WITHOUT_WORKING_TIME) {
      throw new InvalidWorkingCalendarError(
        'holidays',
        `leave no working time for more than three years around ${isoDateOf(day)}; check workingDays and holidays.`,
      );
    }
    if (Math.abs(day - this.firstDay) > MAX_SPAN_DAYS) {
      throw new InvalidWorkingCalendarError(
        'workingDays',
        `leave so little working time that a deadline would lie more than ${MAX_SPAN_YEARS} years from ${this.from.toISOString()}; work more days or hours, or shorten the periods.`,
      );
    }
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
