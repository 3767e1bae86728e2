import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Component() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('common.notFoundTitle')}
      </Title>
      <Text>{t('common.notFound')}</Text>
    </Stack>
  );
}
