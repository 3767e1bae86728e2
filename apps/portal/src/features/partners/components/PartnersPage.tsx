import { Badge, Button, Group, MultiSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PartnerFieldsFragment, PartnerStatus } from '@/shared/graphql/generated/graphql';
import { ConfirmDialog, Dialog } from '@/shared/ui/Dialog';
import { Pager } from '@/shared/ui/Pager';
import { ErrorAlert, QueryState } from '@/shared/ui/QueryState';
import { useViewer } from '@/shared/viewer/viewer';
import { PARTNER_STATUSES, formatTerritories, usePartners, useUpdatePartner } from '../api/use-partners';
import { PartnerForm } from './PartnerForm';

// Only colours whose light variant the theme darkens for contrast (App.tsx).
const STATUS_COLOR: Record<PartnerStatus, string> = { ACTIVE: 'teal', PAUSED: 'grape', INVITED: 'blue', ENDED: 'gray' };

/** The tenant's partners: vendor admins create, edit, pause and end them; channel managers read. */
export function PartnersPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const manages = viewer.membership.role === 'VENDOR_ADMIN';
  const [params, setParams] = useSearchParams();
  const statuses = params.getAll('status') as PartnerStatus[];
  const after = params.get('after');
  const { connection, fetching, error } = usePartners(statuses, after);
  const [editing, setEditing] = useState<PartnerFieldsFragment | 'new' | null>(null);
  const [ending, setEnding] = useState<PartnerFieldsFragment | null>(null);
  const [changed, change] = useUpdatePartner();
  const partners = connection?.nodes ?? [];
  const setStatus = (partner: PartnerFieldsFragment, status: PartnerStatus) =>
    change({ input: { id: partner.id, version: partner.version, status } });
  const update = (edit: (next: URLSearchParams) => void) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('after');
      edit(next);
      return next;
    });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('partners.title')}
        </Title>
        {manages && <Button onClick={() => setEditing('new')}>{t('partners.new')}</Button>}
      </Group>
      <Dialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('partners.new') : t('partners.editTitle')}
        size="lg"
      >
        {editing !== null && <PartnerForm partner={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </Dialog>
      <ConfirmDialog
        subject={ending}
        title={t('partners.endTitle')}
        question={(partner) => t('partners.endConfirm', { name: partner.name })}
        confirmLabel={t('partners.end')}
        fetching={changed.fetching}
        error={changed.error}
        onConfirm={async (partner) => Boolean((await setStatus(partner, 'ENDED')).data)}
        onClose={() => setEnding(null)}
      />
      <Text c="dimmed">{manages ? t('partners.hint') : t('partners.readHint')}</Text>
      <MultiSelect
        label={t('partners.status')}
        placeholder={t('common.any')}
        data={PARTNER_STATUSES.map((status) => ({ value: status, label: t(`enum.PartnerStatus.${status}`) }))}
        value={statuses}
        onChange={(values) =>
          update((next) => {
            next.delete('status');
            for (const value of values) next.append('status', value);
          })
        }
        clearable
        maw={360}
      />
      {changed.error && !ending && <ErrorAlert error={changed.error} />}
      <QueryState fetching={fetching} error={error} empty={partners.length === 0} emptyText={t('partners.empty')}>
        <Text size="sm" c="dimmed">
          {t('partners.count', { count: connection?.totalCount ?? 0 })}
        </Text>
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('partners.name')}</Table.Th>
                <Table.Th>{t('partners.status')}</Table.Th>
                <Table.Th>{t('partners.tier')}</Table.Th>
                <Table.Th>{t('partners.capacity')}</Table.Th>
                <Table.Th>{t('partners.territories')}</Table.Th>
                <Table.Th>{t('partners.competencies')}</Table.Th>
                {manages && <Table.Th>{t('partners.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partners.map((partner) => (
                <Table.Tr key={partner.id}>
                  <Table.Td>
                    <Text fw={500}>{partner.name}</Text>
                    {partner.city && (
                      <Text size="xs" c="dimmed">
                        {partner.city}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOR[partner.status]} style={{ minWidth: 'max-content' }}>
                      {t(`enum.PartnerStatus.${partner.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t(`enum.PartnerTier.${partner.tier}`)}</Table.Td>
                  <Table.Td>{partner.capacity}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>{formatTerritories(partner.territories)}</Table.Td>
                  <Table.Td>{partner.competencies.join(', ')}</Table.Td>
                  {manages && (
                    <Table.Td>
                      <PartnerActions
                        partner={partner}
                        busy={changed.fetching}
                        onEdit={() => setEditing(partner)}
                        onStatus={(status) => void setStatus(partner, status)}
                        onEnd={() => setEnding(partner)}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Pager
          after={after}
          pageInfo={connection?.pageInfo}
          onPage={(cursor) => update((next) => (cursor ? next.set('after', cursor) : next.delete('after')))}
        />
      </QueryState>
    </Stack>
  );
}

interface ActionProps {
  partner: PartnerFieldsFragment;
  busy: boolean;
  onEdit: () => void;
  onStatus: (status: PartnerStatus) => void;
  onEnd: () => void;
}

/** Edit, pause or resume, end: an ended partnership is over and only shown. */
function PartnerActions({ partner, busy, onEdit, onStatus, onEnd }: ActionProps) {
  const { t } = useTranslation();
  if (partner.status === 'ENDED') return null;
  const label = (action: string) => `${action}: ${partner.name}`;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="compact-sm" variant="default" aria-label={label(t('partners.edit'))} onClick={onEdit}>
        {t('partners.edit')}
      </Button>
      {partner.status === 'ACTIVE' ? (
        <Button
          size="compact-sm"
          variant="default"
          disabled={busy}
          aria-label={label(t('partners.pause'))}
          onClick={() => onStatus('PAUSED')}
        >
          {t('partners.pause')}
        </Button>
      ) : (
        <Button
          size="compact-sm"
          variant="default"
          disabled={busy}
          aria-label={label(t('partners.activate'))}
          onClick={() => onStatus('ACTIVE')}
        >
          {t('partners.activate')}
        </Button>
      )}
      <Button size="compact-sm" variant="subtle" color="red" aria-label={label(t('partners.end'))} onClick={onEnd}>
        {t('partners.end')}
      </Button>
    </Group>
  );
}
