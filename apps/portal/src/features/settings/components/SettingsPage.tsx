import { Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NotificationCategory } from '@/shared/graphql/generated/graphql';
import { ErrorAlert, QueryState } from '@/shared/ui/QueryState';
import { LanguageSwitch } from '@/shared/ui/LanguageSwitch';
import { useNotificationPreferences } from '../api/use-notification-preferences';

const CATEGORIES: NotificationCategory[] = ['OFFERS', 'REMINDERS', 'RESULTS'];

/** The viewer's own settings: the language and which mails to receive. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { preferences, fetching, error, saving, update } = useNotificationPreferences();
  const toggle = (category: NotificationCategory, on: boolean) => {
    // Not disabled while saving: a disabled checkbox would drop the keyboard's focus.
    if (saving.fetching) return;
    const disabled = new Set(preferences?.disabled ?? []);
    if (on) disabled.delete(category);
    else disabled.add(category);
    void update({ input: { disabled: [...disabled] } });
  };
  return (
    <Stack maw={560}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('common.language')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.languageHint')}
          </Text>
          <LanguageSwitch />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('settings.mails')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.mailsHint')}
          </Text>
          {saving.error && <ErrorAlert error={saving.error} />}
          <QueryState fetching={fetching} error={error} empty={!preferences}>
            {CATEGORIES.map((category) => (
              <Checkbox
                key={category}
                label={t(`enum.NotificationCategory.${category}`)}
                checked={preferences?.enabled.includes(category) ?? false}
                onChange={(event) => toggle(category, event.currentTarget.checked)}
              />
            ))}
          </QueryState>
        </Stack>
      </Paper>
    </Stack>
  );
}
