import { SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { Locale } from '../graphql/generated/graphql';
import { LOCALES, type PortalLocale } from '../i18n/locale';
import { switchLocale } from '../i18n/i18n';
import { UpdateMySettings } from '../viewer/graphql/me';
import { useSignedIn } from '../viewer/viewer';
import { ErrorAlert } from './QueryState';

const API_LOCALE: Record<PortalLocale, Locale> = { de: 'DE', en: 'EN' };

/** The language switch: at once on the screen; signed in, also saved on the account (portal and mails). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const signedIn = useSignedIn();
  const [saving, save] = useMutation(UpdateMySettings);
  const choose = (locale: PortalLocale) => {
    switchLocale(locale);
    if (signedIn) void save({ input: { locale: API_LOCALE[locale] } });
  };
  return (
    <Stack gap={4}>
      <SegmentedControl
        size="xs"
        aria-label={t('common.language')}
        value={i18n.language}
        onChange={(value) => choose(value as PortalLocale)}
        data={LOCALES.map((locale) => ({ value: locale, label: t(`common.languages.${locale}`) }))}
      />
      {saving.error && <ErrorAlert error={saving.error} />}
    </Stack>
  );
}
