import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';

/** A deadline in the tenant's time zone with the time left ("noch 5 Std., 20 Min."). */
export function Deadline({ at, label }: { at: string; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const remaining = format.remaining(at);
  return (
    <Text size="sm">
      {label}: {format.dateTime(at)}{' '}
      <Text span c={remaining ? undefined : 'red.9'} fw={700}>
        ({remaining ? t('deadline.remaining', { duration: remaining }) : t('deadline.passed')})
      </Text>
    </Text>
  );
}
