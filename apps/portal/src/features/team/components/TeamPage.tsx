import { Alert, Button, Group, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Role } from '@/shared/graphql/generated/graphql';
import { useFormat } from '@/shared/i18n/use-format';
import { DataTable } from '@/shared/ui/DataTable';
import { ConfirmDialog, Dialog } from '@/shared/ui/Dialog';
import { Pager } from '@/shared/ui/Pager';
import { ErrorAlert } from '@/shared/ui/QueryState';
import { useServerErrors } from '@/shared/ui/use-server-errors';
import { useViewer } from '@/shared/viewer/viewer';
import { type TeamMember, useChangeMemberRole, useInviteMember, useRemoveMember, useTeam } from '../api/use-team';

/** The roles a partner admin gives its own people. */
const PARTNER_ROLES: Role[] = ['PARTNER_SALES', 'PARTNER_ADMIN'];

/** The partner admin's team: its partner's members, invite, change role, remove. The dialogs live in the URL. */
export function TeamPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const after = params.get('after');
  const { connection, fetching, error, refetch } = useTeam(after);
  const [roleState, changeRole] = useChangeMemberRole();
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const [removed, remove] = useRemoveMember();
  const [notice, setNotice] = useState<string | null>(null);
  const members = connection?.nodes ?? [];
  const roles = PARTNER_ROLES.map((role) => ({ value: role, label: t(`enum.Role.${role}`) }));

  const setParam = (name: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === null) next.delete(name);
      else next.set(name, value);
      return next;
    });

  const onRole = async (member: TeamMember, role: Role) => {
    setNotice(null);
    const result = await changeRole({ input: { id: member.id, role } });
    if (result.data && member.user.id === viewer.user.id) {
      // Stepped down: navigation and start screen are a sales rep's now, so the portal starts afresh.
      window.location.assign('/');
    } else if (result.data) {
      setNotice(t('team.roleChanged', { name: member.user.name }));
    }
  };

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('team.title')}
        </Title>
        <Button onClick={() => setParam('action', 'invite')}>{t('team.invite')}</Button>
      </Group>
      {notice && (
        <Alert color="teal" role="status">
          {notice}
        </Alert>
      )}
      {roleState.error && <ErrorAlert error={roleState.error} />}
      <DataTable
        fetching={fetching}
        error={error}
        empty={members.length === 0}
        emptyText={t('team.empty')}
        minWidth={560}
        columns={[t('team.name'), t('team.role'), t('team.since'), <VisuallyHidden>{t('team.actions')}</VisuallyHidden>]}
        above={
          <Text size="sm" c="dimmed">
            {t('team.count', { count: connection?.totalCount ?? 0 })}
          </Text>
        }
      >
        {members.map((member) => {
          // You may step down (the API keeps the partner's last PARTNER_ADMIN), not remove yourself.
          const self = member.user.id === viewer.user.id;
          return (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {member.user.name}
                  {self && ` (${t('team.you')})`}
                </Text>
                <Text size="xs" c="dimmed">
                  {member.user.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('team.roleOf', { name: member.user.name })}
                  data={roles}
                  value={member.role}
                  allowDeselect={false}
                  disabled={roleState.fetching}
                  onChange={(value) => value && value !== member.role && void onRole(member, value as Role)}
                  w={200}
                />
              </Table.Td>
              <Table.Td>{format.date(member.createdAt)}</Table.Td>
              <Table.Td>
                {!self && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    aria-label={t('team.removeWho', { name: member.user.name })}
                    onClick={() => setRemoving(member)}
                  >
                    {t('team.remove')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
      <Pager after={after} pageInfo={connection?.pageInfo} onPage={(cursor) => setParam('after', cursor)} />
      <Dialog opened={params.get('action') === 'invite'} onClose={() => setParam('action', null)} title={t('team.inviteTitle')}>
        <InviteForm
          roles={roles}
          onCancel={() => setParam('action', null)}
          onInvited={(name) => {
            setParam('action', null);
            setNotice(t('team.invited', { name }));
          }}
        />
      </Dialog>
      <ConfirmDialog
        subject={removing}
        title={t('team.removeTitle')}
        question={(member) => t('team.removeQuestion', { name: member.user.name })}
        confirmLabel={t('team.remove')}
        fetching={removed.fetching}
        error={removed.error}
        onConfirm={async (member) => {
          const done = Boolean((await remove({ id: member.id })).data?.removeMember);
          if (done) {
            setNotice(t('team.removed', { name: member.user.name }));
            refetch();
          }
          return done;
        }}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}

function InviteForm({
  roles,
  onCancel,
  onInvited,
}: {
  roles: { value: string; label: string }[];
  onCancel: () => void;
  onInvited: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [state, invite] = useInviteMember();
  const form = useForm({
    initialValues: { name: '', email: '', role: 'PARTNER_SALES' },
    validate: {
      name: (value) => (value.trim() ? null : t('team.nameRequired')),
      email: (value) => (/^\S+@\S+\.\S+$/.test(value) ? null : t('auth.emailInvalid')),
    },
  });
  const otherError = useServerErrors(form, state.error);
  const submit = form.onSubmit(async (values) => {
    const result = await invite({ input: { name: values.name.trim(), email: values.email.trim(), role: values.role as Role } });
    if (result.data) onInvited(result.data.addMember.user.name);
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        {otherError && state.error && <ErrorAlert error={state.error} />}
        <TextInput label={t('team.name')} required {...form.getInputProps('name')} />
        <TextInput label={t('auth.email')} type="email" required {...form.getInputProps('email')} />
        <Select label={t('team.role')} data={roles} allowDeselect={false} {...form.getInputProps('role')} />
        <Text size="sm" c="dimmed">
          {t('team.inviteHint')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.fetching}>
            {t('team.sendInvitation')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
