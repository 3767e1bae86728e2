import {
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  useMantineTheme,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { LeadOrder, LeadSource, LeadStage } from '@/shared/graphql/generated/graphql';
import { roughly } from '@/shared/format/estimate';
import { endOfDayIn, startOfDayIn } from '@/shared/format/format';
import { useFormat } from '@/shared/i18n/use-format';
import { Dialog } from '@/shared/ui/Dialog';
import { QueryState } from '@/shared/ui/QueryState';
import { isPartnerSide, useTimeZone, useViewer } from '@/shared/viewer/viewer';
import { LEAD_STAGES, useLeads, usePartnerNames } from '../api/use-leads';
import { NewLeadForm } from './NewLeadForm';

const SOURCES: LeadSource[] = [
  'WEB_FORM',
  'TRADE_FAIR',
  'CAMPAIGN',
  'PURCHASED_LIST',
  'PARTNER_REGISTERED',
  'REFERRAL',
  'API',
  'OTHER',
];
const ORDERS: LeadOrder[] = ['NEWEST', 'OLDEST', 'RECENTLY_UPDATED', 'SCORE'];
const GRADES = ['A', 'B', 'C', 'D'];

/** The leads the viewer may see: a partner its own ("my leads"), vendor staff the tenant's. Filters live in the URL. */
export function LeadsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const stages = params.getAll('stage') as LeadStage[];
  const sources = params.getAll('source') as LeadSource[];
  const search = params.get('q') ?? '';
  const orderBy = (params.get('sort') as LeadOrder | null) ?? 'NEWEST';
  const after = params.get('after');
  const timeZone = useTimeZone();
  const vendor = !isPartnerSide(viewer);
  const theme = useMantineTheme();
  const phone = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`) ?? false;
  const grades = params.getAll('grade');
  const partnerId = params.get('partner');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const partners = usePartnerNames(!vendor);
  const { connection, fetching, error } = useLeads(
    {
      stages: stages.length ? stages : undefined,
      sources: sources.length ? sources : undefined,
      search: search || undefined,
      grades: grades.length ? grades : undefined,
      partnerId: partnerId ?? undefined,
      createdFrom: (from && startOfDayIn(from, timeZone)) || undefined,
      createdTo: (to && endOfDayIn(to, timeZone)) || undefined,
    },
    orderBy,
    after,
  );
  const update = (change: (next: URLSearchParams) => void) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('after');
      change(next);
      return next;
    });
  const setAll = (name: string, values: string[]) =>
    update((next) => {
      next.delete(name);
      for (const value of values) next.append(name, value);
    });
  const setOne = (name: string, value: string | null) => update((next) => (value ? next.set(name, value) : next.delete(name)));
  const leads = connection?.nodes ?? [];
  const setDialog = (open: boolean) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (open) next.set('action', 'new');
      else next.delete('action');
      return next;
    });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {isPartnerSide(viewer) ? t('leads.myLeadsTitle') : t('leads.title')}
        </Title>
        {!isPartnerSide(viewer) && <Button onClick={() => setDialog(true)}>{t('newLead.title')}</Button>}
      </Group>
      <Dialog opened={params.get('action') === 'new'} onClose={() => setDialog(false)} title={t('newLead.title')} size="lg">
        <NewLeadForm onCancel={() => setDialog(false)} />
      </Dialog>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('leads.search')}
          defaultValue={search}
          onBlur={(event) =>
            update((next) => (event.currentTarget.value ? next.set('q', event.currentTarget.value) : next.delete('q')))
          }
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              const value = event.currentTarget.value;
              update((next) => (value ? next.set('q', value) : next.delete('q')));
            }
          }}
        />
        <MultiSelect
          label={t('leads.stage')}
          placeholder={t('common.any')}
          data={LEAD_STAGES.map((stage) => ({ value: stage, label: t(`enum.LeadStage.${stage}`) }))}
          value={stages}
          onChange={(values) => setAll('stage', values)}
          clearable
          miw={200}
        />
        {!isPartnerSide(viewer) && (
          <MultiSelect
            label={t('leads.source')}
            placeholder={t('common.any')}
            data={SOURCES.map((source) => ({ value: source, label: t(`enum.LeadSource.${source}`) }))}
            value={sources}
            onChange={(values) => setAll('source', values)}
            clearable
            miw={200}
          />
        )}
        {vendor && (
          <>
            <Select
              label={t('leads.partner')}
              placeholder={t('common.any')}
              data={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
              value={partnerId}
              onChange={(value) => setOne('partner', value)}
              clearable
              searchable
              miw={200}
            />
            <MultiSelect
              label={t('leads.grade')}
              placeholder={t('common.any')}
              data={GRADES}
              value={grades}
              onChange={(values) => setAll('grade', values)}
              clearable
              miw={140}
            />
            <TextInput
              type="date"
              label={t('leads.createdFrom')}
              value={from}
              max={to || undefined}
              onChange={(event) => setOne('from', event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('leads.createdTo')}
              value={to}
              min={from || undefined}
              onChange={(event) => setOne('to', event.currentTarget.value)}
            />
          </>
        )}
        <Select
          label={t('leads.sort')}
          data={ORDERS.map((order) => ({ value: order, label: t(`enum.LeadOrder.${order}`) }))}
          value={orderBy}
          onChange={(value) => update((next) => next.set('sort', value ?? 'NEWEST'))}
          allowDeselect={false}
        />
      </Group>
      <QueryState fetching={fetching} error={error} empty={leads.length === 0} emptyText={t('leads.empty')}>
        <Text size="sm" c="dimmed">
          {connection && !connection.totalCountExact
            ? t('leads.countAbout', { count: roughly(connection.totalCount) })
            : t('leads.count', { count: connection?.totalCount ?? 0 })}
        </Text>
        {phone ? (
          // On a phone each lead is a card: the table would scroll sideways inside its box.
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {leads.map((lead) => (
              <Paper key={lead.id} component="li" withBorder p="sm" aria-label={lead.company.name}>
                <Stack gap={4}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <div>
                      <Anchor component={Link} to={`/leads/${lead.id}`} fw={500}>
                        {lead.company.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {[lead.company.city, lead.company.country].filter(Boolean).join(', ')}
                      </Text>
                    </div>
                    <Badge variant="light" miw="max-content">
                      {t(`enum.LeadStage.${lead.stage}`)}
                    </Badge>
                  </Group>
                  <Field
                    label={t('leads.progress')}
                    value={lead.progressStage && t(`enum.ProgressStage.${lead.progressStage}`)}
                  />
                  <Field label={t('leads.score')} value={[lead.score, lead.grade].filter((v) => v != null).join(' · ')} />
                  <Field
                    label={isPartnerSide(viewer) ? t('leads.owner') : t('leads.partner')}
                    value={isPartnerSide(viewer) ? lead.owner?.name : lead.holdingPartner?.name}
                  />
                  <Field label={t('leads.nextStep')} value={lead.nextStepAt && format.dateTime(lead.nextStepAt)} />
                  <Field label={t('leads.created')} value={format.date(lead.createdAt)} />
                </Stack>
              </Paper>
            ))}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('leads.company')}</Table.Th>
                  <Table.Th>{t('leads.stage')}</Table.Th>
                  <Table.Th>{t('leads.score')}</Table.Th>
                  <Table.Th>{isPartnerSide(viewer) ? t('leads.owner') : t('leads.partner')}</Table.Th>
                  <Table.Th>{t('leads.nextStep')}</Table.Th>
                  <Table.Th>{t('leads.created')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {leads.map((lead) => (
                  <Table.Tr key={lead.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/leads/${lead.id}`}>
                        {lead.company.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {[lead.company.city, lead.company.country].filter(Boolean).join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" miw="max-content">
                        {t(`enum.LeadStage.${lead.stage}`)}
                      </Badge>
                      {lead.progressStage && (
                        <Text size="xs" c="dimmed">
                          {t(`enum.ProgressStage.${lead.progressStage}`)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{[lead.score, lead.grade].filter((v) => v != null).join(' · ')}</Table.Td>
                    <Table.Td>{isPartnerSide(viewer) ? lead.owner?.name : lead.holdingPartner?.name}</Table.Td>
                    <Table.Td>{lead.nextStepAt ? format.dateTime(lead.nextStepAt) : null}</Table.Td>
                    <Table.Td>{format.date(lead.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group>
          {after && (
            <Button variant="default" onClick={() => update(() => undefined)}>
              {t('common.firstPage')}
            </Button>
          )}
          {connection?.pageInfo.hasNextPage && (
            <Button
              variant="default"
              onClick={() =>
                setParams((current) => {
                  const next = new URLSearchParams(current);
                  next.set('after', connection.pageInfo.endCursor ?? '');
                  return next;
                })
              }
            >
              {t('common.nextPage')}
            </Button>
          )}
        </Group>
      </QueryState>
    </Stack>
  );
}

/** One line of a lead's card on a phone: label and value; nothing when there is no value. */
function Field({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="xs" c="dimmed" w={110} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}
