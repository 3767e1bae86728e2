import { roughly } from './estimate';
import { endOfDayIn, formatDateTime, formatMoney, formatRemaining, startOfDayIn, todayIn } from './format';

/** Intl separates with no-break spaces; the expectations are written with plain ones. */
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('the portal formats', () => {
  const now = new Date('2026-12-01T09:00:00Z');

  it('says the time left in the viewer language, hours and minutes', () => {
    expect(plain(formatRemaining('2026-12-01T14:20:30Z', now, 'de'))).toBe('5 Std., 20 Min.');
    expect(plain(formatRemaining('2026-12-01T14:20:30Z', now, 'en'))).toBe('5 hr, 20 min');
  });

  it('shows days and hours past a day, minutes alone under an hour, and nothing once the deadline passed', () => {
    expect(plain(formatRemaining('2026-12-03T12:59:00Z', now, 'de'))).toBe('2 Tg., 3 Std.');
    expect(plain(formatRemaining('2026-12-01T09:07:59Z', now, 'en'))).toBe('7 min');
    expect(plain(formatRemaining('2026-12-01T08:59:59Z', now, 'en'))).toBeNull();
  });

  it('shows a deadline in the tenant time zone, not the browser one', () => {
    expect(plain(formatDateTime('2026-12-01T16:00:00Z', 'de', 'Europe/Berlin'))).toBe('01.12.2026, 17:00');
    expect(plain(formatDateTime('2026-12-01T16:00:00Z', 'en', 'America/Chicago'))).toBe('Dec 1, 2026, 10:00 AM');
  });

  it('rounds an estimated count to its two leading digits', () => {
    expect(roughly(98_765)).toBe(99_000);
    expect(roughly(100_412)).toBe(100_000);
    expect(roughly(1_049)).toBe(1_000);
  });

  it('writes money in the viewer language', () => {
    expect(plain(formatMoney(12500, 'EUR', 'de'))).toBe('12.500,00 €');
    expect(plain(formatMoney(12500, 'EUR', 'en'))).toBe('€12,500.00');
  });

  it("knows today's date in the tenant time zone", () => {
    expect(todayIn('Europe/Berlin', new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(todayIn('America/Chicago', new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });

  it('turns a day into its first and last moment in the tenant time zone (a created from/to filter)', () => {
    expect(startOfDayIn('2026-07-01', 'Europe/Berlin')).toBe('2026-06-30T22:00:00.000Z');
    expect(endOfDayIn('2026-12-01', 'Europe/Berlin')).toBe('2026-12-01T22:59:59.999Z');
    expect(startOfDayIn('', 'Europe/Berlin')).toBeNull();
  });
});
