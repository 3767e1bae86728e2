import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the pages before sign-in. */
export function CenteredCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Box w="100%" maw={420}>
        <Stack>
          <Group justify="space-between">
            <Text fw={700} size="xl" c="teal.9">
              {t('common.brand')}
            </Text>
            <LanguageSwitch />
          </Group>
          <Paper withBorder shadow="sm" p="lg" radius="md" component="main">
            <Title order={1} size="h3" mb="md">
              {title}
            </Title>
            {children}
          </Paper>
        </Stack>
      </Box>
    </Center>
  );
}
