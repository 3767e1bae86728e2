import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatRemaining } from '../format/format';
import { useTimeZone } from '../viewer/viewer';

/** Formatting in the viewer's language and the tenant's time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const timeZone = useTimeZone();
  const locale = i18n.language;
  return {
    locale,
    timeZone,
    dateTime: (iso: string) => formatDateTime(iso, locale, timeZone),
    date: (iso: string) => formatDate(iso, locale, timeZone),
    number: (value: number) => formatNumber(value, locale),
    money: (amount: number, currency: string) => formatMoney(amount, currency, locale),
    remaining: (iso: string, now: Date = new Date()) => formatRemaining(iso, now, locale),
  };
}
