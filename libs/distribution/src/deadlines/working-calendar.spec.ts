import { DateTime } from 'luxon';
import fc from 'fast-check';
import {
  addBusinessHours,
  assertValidCalendar,
  businessHoursBetween,
  DEFAULT_WORKING_CALENDAR,
  InvalidWorkingCalendarError,
  subtractBusinessHours,
  WorkingCalendar,
} from './working-calendar';

// Every input and expectation is a wall-clock time in the calendar's zone (converted with luxon)
// or a literal UTC instant, so the process time zone (TZ=UTC, TZ=America/New_York, ...) is irrelevant.
const BERLIN = DEFAULT_WORKING_CALENDAR;
const inBerlin = (local: string): Date => DateTime.fromISO(local, { zone: 'Europe/Berlin' }).toJSDate();
const inChicago = (local: string): Date => DateTime.fromISO(local, { zone: 'America/Chicago' }).toJSDate();
const utc = (iso: string): Date => new Date(iso);

const withHolidays = (...holidays: string[]): WorkingCalendar => ({ ...BERLIN, holidays });
/** Every day worked from 00:00 to 06:00: the DST switch at 02:00/03:00 falls inside working time. */
const NIGHT_SHIFT_BERLIN: WorkingCalendar = { ...BERLIN, workingDays: [1, 2, 3, 4, 5, 6, 7], dayStart: '00:00', dayEnd: '06:00' };
const CHICAGO: WorkingCalendar = {
  timeZone: 'America/Chicago',
  workingDays: [1, 2, 3, 4, 5],
  dayStart: '09:00',
  dayEnd: '17:00',
  holidays: [],
};

function everyDay(from: string, through: string): string[] {
  const days: string[] = [];
  for (let day = DateTime.fromISO(from); day <= DateTime.fromISO(through); day = day.plus({ days: 1 })) {
    days.push(day.toISODate() ?? '');
  }
  return days;
}

function errorOf(action: () => unknown): InvalidWorkingCalendarError {
  try {
    action();
  } catch (error) {
    if (error instanceof InvalidWorkingCalendarError) return error;
    throw error;
  }
  throw new Error('expected an InvalidWorkingCalendarError, nothing was thrown');
}

describe('addBusinessHours', () => {
  it('stays within one working day', () => {
    expect(addBusinessHours(inBerlin('2026-03-02T09:00'), 3, BERLIN)).toEqual(inBerlin('2026-03-02T12:00'));
    // Pinned by hand: 09:00 CET is 08:00Z, three hours later is 11:00Z.
    expect(addBusinessHours(utc('2026-03-02T08:00:00Z'), 3, BERLIN)).toEqual(utc('2026-03-02T11:00:00Z'));
  });

  it('continues after the night at the next opening', () => {
    expect(addBusinessHours(inBerlin('2026-03-02T15:00'), 4, BERLIN)).toEqual(inBerlin('2026-03-03T10:00'));
  });

  it('counts 16 hours from Monday 08:00 with 9-hour days to Tuesday 15:00', () => {
    expect(addBusinessHours(inBerlin('2026-03-02T08:00'), 16, BERLIN)).toEqual(inBerlin('2026-03-03T15:00'));
  });

  it('ends at closing when the hours exactly fill the day, not at the next opening', () => {
    expect(addBusinessHours(inBerlin('2026-03-02T08:00'), 9, BERLIN)).toEqual(inBerlin('2026-03-02T17:00'));
    expect(addBusinessHours(inBerlin('2026-03-02T14:00'), 3, BERLIN)).toEqual(inBerlin('2026-03-02T17:00'));
    expect(addBusinessHours(inBerlin('2026-03-02T08:00'), 18, BERLIN)).toEqual(inBerlin('2026-03-03T17:00'));
  });

  it('never ends at a closing instant while time is still owed', () => {
    expect(addBusinessHours(inBerlin('2026-03-02T14:00'), 3.5, BERLIN)).toEqual(inBerlin('2026-03-03T08:30'));
  });

  it('rolls a Friday start over the weekend', () => {
    expect(addBusinessHours(inBerlin('2026-03-06T15:00'), 4, BERLIN)).toEqual(inBerlin('2026-03-09T10:00'));
  });

  it('starts counting at opening when started before opening', () => {
    expect(addBusinessHours(inBerlin('2026-03-02T06:30'), 2, BERLIN)).toEqual(inBerlin('2026-03-02T10:00'));
  });

  it('starts counting at the next opening when started after closing', () => {
    expect(addBusinessHours(inBerlin('2026-03-02T18:00'), 2, BERLIN)).toEqual(inBerlin('2026-03-03T10:00'));
    expect(addBusinessHours(inBerlin('2026-03-02T17:00'), 1, BERLIN)).toEqual(inBerlin('2026-03-03T09:00'));
  });

  it('starts counting on Monday when started on a Saturday', () => {
    expect(addBusinessHours(inBerlin('2026-03-07T11:00'), 2, BERLIN)).toEqual(inBerlin('2026-03-09T10:00'));
  });

  it('starts counting after the holidays when started on one', () => {
    const easter = withHolidays('2026-04-03', '2026-04-06');
    expect(addBusinessHours(inBerlin('2026-04-03T10:00'), 2, easter)).toEqual(inBerlin('2026-04-07T10:00'));
  });

  it('skips a holiday in the middle of the period', () => {
    const ascension = withHolidays('2026-05-14');
    expect(addBusinessHours(inBerlin('2026-05-13T16:00'), 2, ascension)).toEqual(inBerlin('2026-05-15T09:00'));
    expect(addBusinessHours(inBerlin('2026-05-13T16:00'), 2, BERLIN)).toEqual(inBerlin('2026-05-14T09:00'));
  });

  it('accepts fractional hours', () => {
    expect(addBusinessHours(inBerlin('2026-03-02T16:30'), 1.25, BERLIN)).toEqual(inBerlin('2026-03-03T08:45'));
    expect(addBusinessHours(inBerlin('2026-03-02T16:30'), 0.5, BERLIN)).toEqual(inBerlin('2026-03-02T17:00'));
    expect(addBusinessHours(inBerlin('2026-03-02T10:00'), 1 / 60, BERLIN)).toEqual(inBerlin('2026-03-02T10:01'));
  });

  it('returns the start itself for zero hours and refuses negative or non-finite hours', () => {
    expect(addBusinessHours(inBerlin('2026-03-07T11:00'), 0, BERLIN)).toEqual(inBerlin('2026-03-07T11:00'));
    expect(() => addBusinessHours(inBerlin('2026-03-02T10:00'), -1, BERLIN)).toThrow(RangeError);
    expect(() => addBusinessHours(inBerlin('2026-03-02T10:00'), Number.NaN, BERLIN)).toThrow(RangeError);
    expect(() => addBusinessHours(inBerlin('2026-03-02T10:00'), Infinity, BERLIN)).toThrow(RangeError);
    expect(() => addBusinessHours(new Date('not a date'), 1, BERLIN)).toThrow(RangeError);
  });

  it('crosses the spring DST change in Berlin (2026-03-29) in local time', () => {
    // Friday 1 h + Monday 9 h + Tuesday 6 h; the clocks moved from UTC+1 to UTC+2 over the weekend.
    expect(addBusinessHours(inBerlin('2026-03-27T16:00'), 16, BERLIN)).toEqual(inBerlin('2026-03-31T14:00'));
    expect(addBusinessHours(utc('2026-03-27T15:00:00Z'), 16, BERLIN)).toEqual(utc('2026-03-31T12:00:00Z'));
  });

  it('crosses the autumn DST change in Berlin (2026-10-25) in local time', () => {
    expect(addBusinessHours(inBerlin('2026-10-23T16:00'), 16, BERLIN)).toEqual(inBerlin('2026-10-27T14:00'));
    expect(addBusinessHours(utc('2026-10-23T14:00:00Z'), 16, BERLIN)).toEqual(utc('2026-10-27T13:00:00Z'));
  });

  it('counts elapsed time when the DST change falls inside working hours', () => {
    // 2026-03-29 00:00-06:00 local is 23:00Z-04:00Z: only 5 hours; the sixth is worked on Monday.
    expect(addBusinessHours(inBerlin('2026-03-29T00:00'), 6, NIGHT_SHIFT_BERLIN)).toEqual(inBerlin('2026-03-30T01:00'));
    expect(addBusinessHours(utc('2026-03-28T23:00:00Z'), 6, NIGHT_SHIFT_BERLIN)).toEqual(utc('2026-03-29T23:00:00Z'));
    // 2026-10-25 00:00-06:00 local is 22:00Z-05:00Z: 7 hours.
    expect(addBusinessHours(inBerlin('2026-10-25T00:00'), 7, NIGHT_SHIFT_BERLIN)).toEqual(inBerlin('2026-10-25T06:00'));
  });

  it('opens when the clocks jump if the opening time falls into the spring-forward gap', () => {
    const opensAtHalfPastTwo: WorkingCalendar = { ...NIGHT_SHIFT_BERLIN, dayStart: '02:30', dayEnd: '04:00' };
    // 02:30 does not exist on 2026-03-29; the day opens at 03:30 CEST (01:30Z).
    expect(addBusinessHours(inBerlin('2026-03-29T00:00'), 0.25, opensAtHalfPastTwo)).toEqual(utc('2026-03-29T01:45:00Z'));
  });

  it('crosses the DST change in America/Chicago (2026-03-08)', () => {
    // Friday 15:00 CST (21:00Z): 2 h on Friday, 2 h on Monday, which is already CDT (UTC-5).
    expect(addBusinessHours(inChicago('2026-03-06T15:00'), 4, CHICAGO)).toEqual(inChicago('2026-03-09T11:00'));
    expect(addBusinessHours(utc('2026-03-06T21:00:00Z'), 4, CHICAGO)).toEqual(utc('2026-03-09T16:00:00Z'));
  });

  it('skips a long run of holidays that is shorter than the guard', () => {
    const sabbatical = withHolidays(...everyDay('2026-01-01', '2026-12-31'));
    expect(addBusinessHours(inBerlin('2026-01-01T08:00'), 1, sabbatical)).toEqual(inBerlin('2027-01-01T09:00'));
  });

  it('throws instead of looping when a calendar leaves no working time for years', () => {
    const neverWorks: WorkingCalendar = {
      ...BERLIN,
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      holidays: everyDay('2026-01-01', '2029-12-31'),
    };
    expect(errorOf(() => addBusinessHours(inBerlin('2026-01-01T08:00'), 1, neverWorks)).field).toBe('holidays');
    expect(errorOf(() => subtractBusinessHours(inBerlin('2029-12-31T08:00'), 1, neverWorks)).field).toBe('holidays');
  });
});

describe('businessHoursBetween', () => {
  it('measures working time within one day', () => {
    expect(businessHoursBetween(inBerlin('2026-03-02T09:00'), inBerlin('2026-03-02T11:30'), BERLIN)).toBe(2.5);
  });

  it('is 0 when to is not after from', () => {
    expect(businessHoursBetween(inBerlin('2026-03-02T11:00'), inBerlin('2026-03-02T09:00'), BERLIN)).toBe(0);
    expect(businessHoursBetween(inBerlin('2026-03-02T11:00'), inBerlin('2026-03-02T11:00'), BERLIN)).toBe(0);
  });

  it('leaves out the night', () => {
    expect(businessHoursBetween(inBerlin('2026-03-02T16:00'), inBerlin('2026-03-03T09:00'), BERLIN)).toBe(2);
  });

  it('leaves out the weekend', () => {
    expect(businessHoursBetween(inBerlin('2026-03-06T15:00'), inBerlin('2026-03-09T10:00'), BERLIN)).toBe(4);
    expect(businessHoursBetween(inBerlin('2026-03-06T18:00'), inBerlin('2026-03-09T07:00'), BERLIN)).toBe(0);
  });

  it('leaves out holidays', () => {
    const ascension = withHolidays('2026-05-14');
    expect(businessHoursBetween(inBerlin('2026-05-13T08:00'), inBerlin('2026-05-15T17:00'), ascension)).toBe(18);
    expect(businessHoursBetween(inBerlin('2026-05-13T08:00'), inBerlin('2026-05-15T17:00'), BERLIN)).toBe(27);
  });

  it('measures across the DST weekends in Berlin', () => {
    expect(businessHoursBetween(utc('2026-03-27T15:00:00Z'), utc('2026-03-31T12:00:00Z'), BERLIN)).toBe(16);
    expect(businessHoursBetween(inBerlin('2026-10-23T08:00'), inBerlin('2026-10-26T17:00'), BERLIN)).toBe(18);
  });

  it('measures elapsed time on the days the clocks change', () => {
    expect(businessHoursBetween(inBerlin('2026-03-29T00:00'), inBerlin('2026-03-29T12:00'), NIGHT_SHIFT_BERLIN)).toBe(5);
    expect(businessHoursBetween(inBerlin('2026-10-25T00:00'), inBerlin('2026-10-25T12:00'), NIGHT_SHIFT_BERLIN)).toBe(7);
    const chicagoNights: WorkingCalendar = { ...CHICAGO, workingDays: [7], dayStart: '00:00', dayEnd: '04:00' };
    expect(businessHoursBetween(inChicago('2026-03-08T00:00'), inChicago('2026-03-08T12:00'), chicagoNights)).toBe(3);
  });

  it.each([
    ['Monday 09:00', '2026-03-02T09:00', 7],
    ['Friday 16:00 before the spring DST change', '2026-03-27T16:00', 16],
    ['a Saturday', '2026-03-07T11:00', 2.75],
    ['Wednesday evening', '2026-03-04T19:30', 20],
  ])('measures back exactly what addBusinessHours added from %s', (_name, start, hours) => {
    const deadline = addBusinessHours(inBerlin(start), hours, BERLIN);
    expect(businessHoursBetween(inBerlin(start), deadline, BERLIN)).toBeCloseTo(hours, 9);
  });
});

describe('subtractBusinessHours', () => {
  it('goes back within one day', () => {
    expect(subtractBusinessHours(inBerlin('2026-03-02T12:00'), 2, BERLIN)).toEqual(inBerlin('2026-03-02T10:00'));
  });

  it('goes back over the night and the weekend', () => {
    expect(subtractBusinessHours(inBerlin('2026-03-03T09:00'), 2, BERLIN)).toEqual(inBerlin('2026-03-02T16:00'));
    expect(subtractBusinessHours(inBerlin('2026-03-09T10:00'), 4, BERLIN)).toEqual(inBerlin('2026-03-06T15:00'));
  });

  it('ends at opening when the hours exactly empty the day, not at the previous closing', () => {
    expect(subtractBusinessHours(inBerlin('2026-03-03T17:00'), 9, BERLIN)).toEqual(inBerlin('2026-03-03T08:00'));
    expect(subtractBusinessHours(inBerlin('2026-03-03T10:00'), 2, BERLIN)).toEqual(inBerlin('2026-03-03T08:00'));
    expect(subtractBusinessHours(inBerlin('2026-03-03T10:00'), 2.5, BERLIN)).toEqual(inBerlin('2026-03-02T16:30'));
  });

  it('counts back from the previous closing when the end lies outside working time', () => {
    expect(subtractBusinessHours(inBerlin('2026-03-07T12:00'), 2, BERLIN)).toEqual(inBerlin('2026-03-06T15:00'));
    expect(subtractBusinessHours(inBerlin('2026-03-09T07:00'), 1, BERLIN)).toEqual(inBerlin('2026-03-06T16:00'));
    expect(subtractBusinessHours(inBerlin('2026-03-03T20:00'), 1, BERLIN)).toEqual(inBerlin('2026-03-03T16:00'));
  });

  it('skips holidays', () => {
    const ascension = withHolidays('2026-05-14');
    expect(subtractBusinessHours(inBerlin('2026-05-15T09:00'), 2, ascension)).toEqual(inBerlin('2026-05-13T16:00'));
  });

  it('goes back across the DST change', () => {
    expect(subtractBusinessHours(utc('2026-03-31T12:00:00Z'), 16, BERLIN)).toEqual(utc('2026-03-27T15:00:00Z'));
    expect(subtractBusinessHours(inChicago('2026-03-09T11:00'), 4, CHICAGO)).toEqual(inChicago('2026-03-06T15:00'));
  });

  it('finds the reminder 2 business hours before an acceptance deadline', () => {
    const deadline = addBusinessHours(inBerlin('2026-03-27T16:00'), 16, BERLIN);
    expect(subtractBusinessHours(deadline, 2, BERLIN)).toEqual(inBerlin('2026-03-31T12:00'));
    expect(subtractBusinessHours(deadline, 7, BERLIN)).toEqual(inBerlin('2026-03-30T16:00'));
  });

  it('returns the end itself for zero hours and refuses negative hours', () => {
    expect(subtractBusinessHours(inBerlin('2026-03-07T12:00'), 0, BERLIN)).toEqual(inBerlin('2026-03-07T12:00'));
    expect(() => subtractBusinessHours(inBerlin('2026-03-02T10:00'), -2, BERLIN)).toThrow(RangeError);
  });
});

describe('assertValidCalendar', () => {
  it('accepts the default calendar', () => {
    expect(() => assertValidCalendar(DEFAULT_WORKING_CALENDAR)).not.toThrow();
    expect(() => assertValidCalendar(CHICAGO)).not.toThrow();
  });

  it.each<[string, Partial<WorkingCalendar>, keyof WorkingCalendar]>([
    ['an unknown time zone', { timeZone: 'Europe/Berln' }, 'timeZone'],
    ['an empty time zone', { timeZone: '' }, 'timeZone'],
    ['no working days', { workingDays: [] }, 'workingDays'],
    ['weekday 0', { workingDays: [0, 1] }, 'workingDays'],
    ['weekday 8', { workingDays: [1, 8] }, 'workingDays'],
    ['a fractional weekday', { workingDays: [1.5] }, 'workingDays'],
    ['a start without leading zero', { dayStart: '8:00' }, 'dayStart'],
    ['a start at 24:00', { dayStart: '24:00' }, 'dayStart'],
    ['an end with 60 minutes', { dayEnd: '16:60' }, 'dayEnd'],
    ['an end equal to the start', { dayEnd: '08:00' }, 'dayEnd'],
    ['an end before the start', { dayStart: '17:00', dayEnd: '08:00' }, 'dayEnd'],
    ['an impossible holiday', { holidays: ['2026-02-30'] }, 'holidays'],
    ['a holiday without padding', { holidays: ['2026-3-1'] }, 'holidays'],
    ['a German-style holiday', { holidays: ['03.10.2026'] }, 'holidays'],
  ])('rejects %s and names the field', (_name, change, field) => {
    const error = errorOf(() => assertValidCalendar({ ...BERLIN, ...change }));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('is checked by every calculation', () => {
    const broken: WorkingCalendar = { ...BERLIN, timeZone: 'Mars/Olympus_Mons' };
    const monday = inBerlin('2026-03-02T10:00');
    expect(errorOf(() => addBusinessHours(monday, 1, broken)).field).toBe('timeZone');
    expect(errorOf(() => subtractBusinessHours(monday, 1, broken)).field).toBe('timeZone');
    expect(errorOf(() => businessHoursBetween(monday, monday, broken)).field).toBe('timeZone');
  });
});

/** The day-by-day walk the calendar used before it counted whole weeks: the reference the fast one must agree with. */
function referenceBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  const workingDays = new Set(calendar.workingDays);
  const [openHour, openMinute] = calendar.dayStart.split(':').map(Number) as [number, number];
  const [closeHour, closeMinute] = calendar.dayEnd.split(':').map(Number) as [number, number];
  let total = 0;
  const lastDay = DateTime.fromJSDate(to, { zone: calendar.timeZone }).startOf('day');
  for (
    let day = DateTime.fromJSDate(from, { zone: calendar.timeZone }).startOf('day');
    day <= lastDay;
    day = day.plus({ days: 1 }).startOf('day')
  ) {
    if (!workingDays.has(day.weekday) || calendar.holidays.includes(day.toISODate() ?? '')) continue;
    const opens = day.set({ hour: openHour, minute: openMinute }).toMillis();
    const closes = day.set({ hour: closeHour, minute: closeMinute }).toMillis();
    total += Math.max(0, Math.min(closes, to.getTime()) - Math.max(opens, from.getTime()));
  }
  return total / 3_600_000;
}

describe('whole weeks at once', () => {
  const calendars = fc.constantFrom<WorkingCalendar>(
    BERLIN,
    CHICAGO,
    NIGHT_SHIFT_BERLIN,
    withHolidays('2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-12-24', '2026-12-25', '2027-01-01'),
    { ...CHICAGO, workingDays: [2, 4, 6], dayStart: '10:30', dayEnd: '12:15', holidays: ['2026-11-26', '2027-03-13'] },
  );
  const instants = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 6, 1) }).map((ms) => new Date(ms));

  it('agrees with the day-by-day walk on random spans, holidays and DST changes', () => {
    fc.assert(
      fc.property(calendars, instants, fc.integer({ min: 0, max: 400 * 24 }), (calendar, from, spanHours) => {
        const to = new Date(from.getTime() + spanHours * 3_600_000);
        const hours = businessHoursBetween(from, to, calendar);
        expect(hours).toBeCloseTo(referenceBetween(from, to, calendar), 9);
        if (hours > 0) {
          expect(addBusinessHours(from, hours, calendar).getTime()).toBeLessThanOrEqual(to.getTime());
          expect(businessHoursBetween(from, addBusinessHours(from, hours, calendar), calendar)).toBeCloseTo(hours, 9);
          expect(businessHoursBetween(subtractBusinessHours(to, hours, calendar), to, calendar)).toBeCloseTo(hours, 9);
        }
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it('costs at most a few milliseconds for the largest allowed deadline, a year ahead, on the busiest calendar', () => {
    // 400 holidays (the most the settings accept), one on every working day it can cover, and two DST changes.
    const busiest: WorkingCalendar = {
      ...BERLIN,
      holidays: everyDay('2026-12-01', '2028-01-03')
        .filter((_d, i) => i % 2 === 0)
        .slice(0, 400),
    };
    const now = inBerlin('2026-12-01T10:00');
    const yearAhead = new Date(now.getTime() + 366 * 24 * 3_600_000);
    const started = performance.now();
    const rounds = 20;
    for (let i = 0; i < rounds; i++) {
      const period = businessHoursBetween(now, yearAhead, busiest);
      addBusinessHours(now, period / 2, busiest);
      subtractBusinessHours(yearAhead, 2, busiest);
      addBusinessHours(now, 2000, busiest);
    }
    const perRound = (performance.now() - started) / rounds;
    // Four computations; the day-by-day walk took about 45 ms for each year counted, so 180 ms here.
    expect(perRound).toBeLessThan(20);
  });

  it('refuses to count further than three years instead of walking on', () => {
    const trickle: WorkingCalendar = { ...BERLIN, workingDays: [1], dayStart: '08:00', dayEnd: '08:01' };
    expect(errorOf(() => addBusinessHours(inBerlin('2026-03-02T08:00'), 2000, trickle)).field).toBe('workingDays');
    expect(errorOf(() => subtractBusinessHours(inBerlin('2026-03-02T08:00'), 2000, trickle)).field).toBe('workingDays');
    expect(() => businessHoursBetween(utc('0001-01-01T00:00:00Z'), utc('9999-12-31T23:59:59Z'), BERLIN)).toThrow(RangeError);
  });
});
