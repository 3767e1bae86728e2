import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TenantMemberFieldsFragment } from '@/shared/graphql/generated/graphql';
import { useFormat } from '@/shared/i18n/use-format';
import { ConfirmDialog, Dialog } from '@/shared/ui/Dialog';
import { Pager } from '@/shared/ui/Pager';
import { DataTable } from '@/shared/ui/DataTable';
import { useViewer } from '@/shared/viewer/viewer';
import { useRemoveMember, useTenantMembers } from '../api/use-members';
import { MemberForm } from './MemberForm';

/** The tenant's members, vendor staff and partners' people (vendor admins): invite, change role, remove. */
export function MembersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const after = params.get('after');
  const { connection, fetching, error, refetch } = useTenantMembers(after);
  const [editing, setEditing] = useState<TenantMemberFieldsFragment | 'new' | null>(null);
  const [removing, setRemoving] = useState<TenantMemberFieldsFragment | null>(null);
  const [removed, remove] = useRemoveMember();
  const members = connection?.nodes ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('members.title')}
        </Title>
        <Button onClick={() => setEditing('new')}>{t('members.new')}</Button>
      </Group>
      <Text c="dimmed">{t('members.hint')}</Text>
      <Dialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('members.new') : t('members.changeRoleOf', { name: editing?.user.name })}
        size="lg"
      >
        {editing !== null && <MemberForm member={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </Dialog>
      <ConfirmDialog
        subject={removing}
        title={t('members.removeTitle')}
        question={(member) => t('members.removeConfirm', { name: member.user.name })}
        confirmLabel={t('members.remove')}
        fetching={removed.fetching}
        error={removed.error}
        onConfirm={async (member) => {
          const done = Boolean((await remove({ id: member.id })).data);
          if (done) refetch();
          return done;
        }}
        onClose={() => setRemoving(null)}
      />
      <DataTable
        fetching={fetching}
        error={error}
        empty={members.length === 0}
        emptyText={t('members.empty')}
        minWidth={720}
        columns={[t('members.name'), t('members.role'), t('members.partner'), t('members.since'), t('partners.actions')]}
        above={
          <Text size="sm" c="dimmed">
            {t('members.count', { count: connection?.totalCount ?? 0 })}
          </Text>
        }
      >
        {members.map((member) => (
          <Table.Tr key={member.id}>
            <Table.Td>
              <Text>{member.user.name}</Text>
              <Text size="xs" c="dimmed">
                {member.user.email}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" style={{ minWidth: 'max-content' }}>
                {t(`enum.Role.${member.role}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{member.partner?.name}</Table.Td>
            <Table.Td>{format.date(member.createdAt)}</Table.Td>
            <Table.Td>
              {member.id !== viewer.membership.id && (
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={`${t('members.changeRole')}: ${member.user.name}`}
                    onClick={() => setEditing(member)}
                  >
                    {t('members.changeRole')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={`${t('members.remove')}: ${member.user.name}`}
                    onClick={() => setRemoving(member)}
                  >
                    {t('members.remove')}
                  </Button>
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <Pager after={after} pageInfo={connection?.pageInfo} onPage={(cursor) => setParams(cursor ? { after: cursor } : {})} />
    </Stack>
  );
}
