import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '@/shared/graphql/errors';
import type { Role, TenantMemberFieldsFragment } from '@/shared/graphql/generated/graphql';
import { ErrorAlert } from '@/shared/ui/QueryState';
import { useServerErrors } from '@/shared/ui/use-server-errors';
import { ROLES, isPartnerRole, useAddMember, useMemberPartners, useUpdateMember } from '../api/use-members';

interface Props {
  /** The member whose role changes; a new person when left out. */
  member?: TenantMemberFieldsFragment;
  onDone: () => void;
}

/** Invite a person (name, e-mail, role, partner for a partner role) or change a member's role. */
export function MemberForm({ member, onDone }: Props) {
  const { t } = useTranslation();
  const partners = useMemberPartners();
  const [added, add] = useAddMember();
  const [updated, update] = useUpdateMember();
  const state = member ? updated : added;
  const form = useForm({
    initialValues: {
      name: member?.user.name ?? '',
      email: member?.user.email ?? '',
      role: member?.role ?? ('CHANNEL_MANAGER' as Role),
      partnerId: member?.partner?.id ?? '',
    },
    validate: {
      name: (value) => (member || value.trim() ? null : t('newLead.required')),
      email: (value) => (member || /^\S+@\S+\.\S+$/.test(value) ? null : t('auth.emailInvalid')),
      partnerId: (value, values) => (isPartnerRole(values.role) && !value ? t('members.choosePartner') : null),
    },
  });
  const general = useServerErrors(form, state.error);
  const isMember = errorCodeOf(state.error) === 'CONFLICT' && state.error?.graphQLErrors[0]?.extensions?.field === 'email';
  useEffect(() => {
    if (isMember) form.setFieldError('email', t('members.alreadyMember'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.error]);

  const submit = form.onSubmit(async (v) => {
    const partnerId = isPartnerRole(v.role) ? v.partnerId : undefined;
    const result = member
      ? await update({ input: { id: member.id, role: v.role, partnerId } })
      : await add({ input: { name: v.name.trim(), email: v.email.trim(), role: v.role, partnerId } });
    if (result.data) onDone();
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {general && !isMember && state.error && <ErrorAlert error={state.error} />}
        {!member && (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('members.name')} required {...form.getInputProps('name')} />
            <TextInput label={t('auth.email')} type="email" required {...form.getInputProps('email')} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('members.role')}
            allowDeselect={false}
            data={ROLES.map((role) => ({ value: role, label: t(`enum.Role.${role}`) }))}
            {...form.getInputProps('role')}
          />
          {isPartnerRole(form.values.role) && (
            <Select
              label={t('members.partner')}
              required
              searchable
              data={partners.map((p) => ({ value: p.id, label: p.name }))}
              {...form.getInputProps('partnerId')}
            />
          )}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.fetching}>
            {member ? t('partners.save') : t('members.invite')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
