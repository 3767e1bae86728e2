import { Anchor, Badge, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '@/shared/i18n/use-format';
import { Pager } from '@/shared/ui/Pager';
import { QueryState } from '@/shared/ui/QueryState';
import { useFailedMails } from '../api/use-failed-mails';

/** Mails that could not be delivered after every retry: to whom, about what, and what the mail server said. */
export function FailedMailsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const after = params.get('after');
  const { connection, fetching, error } = useFailedMails(after);
  const mails = connection?.nodes ?? [];
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('failedMails.title')}
      </Title>
      <Text c="dimmed">{t('failedMails.hint')}</Text>
      <QueryState fetching={fetching} error={error} empty={mails.length === 0} emptyText={t('failedMails.empty')}>
        <Text size="sm" c="dimmed">
          {t('failedMails.count', { count: connection?.totalCount ?? 0 })}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('failedMails.recipient')}</Table.Th>
                <Table.Th>{t('failedMails.kind')}</Table.Th>
                <Table.Th>{t('failedMails.attempts')}</Table.Th>
                <Table.Th>{t('failedMails.lastError')}</Table.Th>
                <Table.Th>{t('failedMails.written')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mails.map((mail) => (
                <Table.Tr key={mail.id}>
                  <Table.Td>
                    {mail.email}
                    {mail.leadId && (
                      <Text size="xs">
                        <Anchor component={Link} to={`/leads/${mail.leadId}`}>
                          {t('failedMails.openLead')}
                        </Anchor>
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`enum.NotificationKind.${mail.kind}`)}</Badge>
                  </Table.Td>
                  <Table.Td>{mail.attempts}</Table.Td>
                  <Table.Td>{mail.lastError && <Code>{mail.lastError}</Code>}</Table.Td>
                  <Table.Td>{format.dateTime(mail.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Pager after={after} pageInfo={connection?.pageInfo} onPage={(cursor) => setParams(cursor ? { after: cursor } : {})} />
      </QueryState>
    </Stack>
  );
}
