import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { roughly } from '@/shared/format/estimate';
import { useReasonLabel } from '@/shared/i18n/reason-label';
import { useFormat } from '@/shared/i18n/use-format';
import { Pager } from '@/shared/ui/Pager';
import { QueryState } from '@/shared/ui/QueryState';
import { type QueueName, isQueue, useQueue } from '../api/use-queues';

/** The event that put a lead in its queue: the last return, loss, disqualification or unplacing. */
const CAUSES = new Set(['lead.returned', 'lead.lost', 'lead.disqualified', 'lead.unplaced', 'lead.escalated', 'lead.nurtured']);

export function QueuePage() {
  const { queue } = useParams();
  const { t } = useTranslation();
  if (!isQueue(queue)) return <Text>{t('common.notFound')}</Text>;
  return <Queue queue={queue} />;
}

function Queue({ queue }: { queue: QueueName }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reason = useReasonLabel();
  const [params, setParams] = useSearchParams();
  const after = params.get('after');
  const { leads, totalCount, totalCountExact, pageInfo, fetching, error } = useQueue(queue, after);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t(`queues.${queue}.title`)}
      </Title>
      <Text c="dimmed">{t(`queues.${queue}.hint`)}</Text>
      <QueryState fetching={fetching} error={error} empty={leads.length === 0} emptyText={t('queues.empty')}>
        <Text size="sm" c="dimmed">
          {totalCountExact ? t('leads.count', { count: totalCount }) : t('leads.countAbout', { count: roughly(totalCount) })}
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('leads.company')}</Table.Th>
                <Table.Th>{t('leads.stage')}</Table.Th>
                <Table.Th>{t('queues.reason')}</Table.Th>
                <Table.Th>{t('queues.followUp')}</Table.Th>
                <Table.Th>{t('queues.since')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {leads.map((lead) => {
                const cause = [...lead.events].reverse().find((event) => CAUSES.has(event.type));
                return (
                  <Table.Tr key={lead.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/leads/${lead.id}`}>
                        {lead.company.name}
                      </Anchor>
                      {lead.holdingPartner && (
                        <Text size="xs" c="dimmed">
                          {lead.holdingPartner.name}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`enum.LeadStage.${lead.stage}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      {cause?.reasonCode ? reason(cause.reasonCode) : null}
                      {cause?.comment && (
                        <Text size="xs" c="dimmed">
                          {cause.comment}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{lead.pendingFollowUp ? t(`enum.ReasonFollowUp.${lead.pendingFollowUp}`) : null}</Table.Td>
                    <Table.Td>{format.dateTime(cause?.occurredAt ?? lead.updatedAt)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Pager after={after} pageInfo={pageInfo} onPage={(cursor) => setParams(cursor ? { after: cursor } : {})} />
      </QueryState>
    </Stack>
  );
}
