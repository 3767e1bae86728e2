import { Badge, Button, Code, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeKeyFieldsFragment, LeadSource } from '@/shared/graphql/generated/graphql';
import { useFormat } from '@/shared/i18n/use-format';
import { DataTable } from '@/shared/ui/DataTable';
import { ConfirmDialog, Dialog } from '@/shared/ui/Dialog';
import { ErrorAlert } from '@/shared/ui/QueryState';
import { CopyValueButton, ShownOnceSecret } from '@/shared/ui/ShownOnceSecret';
import { useServerErrors } from '@/shared/ui/use-server-errors';
import { intakeFormSnippet } from '../api/intake-snippet';
import { useCreateIntakeKey, useIntakeKeys, useRevokeIntakeKey } from '../api/use-intake-keys';

const SOURCES: LeadSource[] = ['WEB_FORM', 'TRADE_FAIR', 'CAMPAIGN', 'PURCHASED_LIST', 'REFERRAL', 'API', 'OTHER'];

/** The keys web forms and other systems post leads with (vendor admins): each shown once when created. */
export function IntakeKeysPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { keys, fetching, error } = useIntakeKeys();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<IntakeKeyFieldsFragment | null>(null);
  const [revoked, revoke] = useRevokeIntakeKey();

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('intakeKeys.title')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('intakeKeys.new')}</Button>
      </Group>
      <Text c="dimmed">{t('intakeKeys.hint')}</Text>
      <Dialog
        opened={creating}
        onClose={() => {
          setCreating(false);
          setCreated(null);
        }}
        title={created ? t('intakeKeys.createdTitle') : t('intakeKeys.new')}
        size="lg"
      >
        {created ? (
          <CreatedKey
            secret={created}
            onDone={() => {
              setCreating(false);
              setCreated(null);
            }}
          />
        ) : (
          <IntakeKeyForm onCancel={() => setCreating(false)} onCreated={setCreated} />
        )}
      </Dialog>
      <ConfirmDialog
        subject={revoking}
        title={t('intakeKeys.revokeTitle')}
        question={(key) => t('intakeKeys.revokeConfirm', { name: key.name })}
        confirmLabel={t('intakeKeys.revoke')}
        fetching={revoked.fetching}
        error={revoked.error}
        onConfirm={async (key) => Boolean((await revoke({ id: key.id })).data)}
        onClose={() => setRevoking(null)}
      />
      <DataTable
        fetching={fetching}
        error={error}
        empty={keys.length === 0}
        emptyText={t('intakeKeys.empty')}
        minWidth={720}
        columns={[
          t('intakeKeys.name'),
          t('intakeKeys.key'),
          t('intakeKeys.source'),
          t('intakeKeys.leadsCreated'),
          t('intakeKeys.lastUsed'),
          t('intakeKeys.status'),
        ]}
      >
        {keys.map((key) => (
          <Table.Tr key={key.id}>
            <Table.Td>{key.name}</Table.Td>
            <Table.Td>
              <Code>{key.prefix}…</Code>
            </Table.Td>
            <Table.Td>
              {t(`enum.LeadSource.${key.source}`)}
              {key.sourceDetail && (
                <Text size="xs" c="dimmed">
                  {key.sourceDetail}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{format.number(key.leadsCreated)}</Table.Td>
            <Table.Td>{key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('intakeKeys.neverUsed')}</Table.Td>
            <Table.Td>
              {key.revokedAt ? (
                <Badge variant="light" color="gray" style={{ minWidth: 'max-content' }}>
                  {t('intakeKeys.revokedOn', { date: format.date(key.revokedAt) })}
                </Badge>
              ) : (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  aria-label={`${t('intakeKeys.revoke')}: ${key.name}`}
                  onClick={() => setRevoking(key)}
                >
                  {t('intakeKeys.revoke')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}

function IntakeKeyForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (secret: string) => void }) {
  const { t } = useTranslation();
  const [state, create] = useCreateIntakeKey();
  const form = useForm({
    initialValues: { name: '', source: 'WEB_FORM' as LeadSource, sourceDetail: '' },
    validate: { name: (value) => (value.trim() ? null : t('newLead.required')) },
  });
  const general = useServerErrors(form, state.error);
  const submit = form.onSubmit(async (v) => {
    const result = await create({
      input: { name: v.name.trim(), source: v.source, sourceDetail: v.sourceDetail.trim() || undefined },
    });
    if (result.data) onCreated(result.data.createIntakeKey.secret);
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {general && state.error && <ErrorAlert error={state.error} />}
        <TextInput label={t('intakeKeys.name')} description={t('intakeKeys.nameHint')} required {...form.getInputProps('name')} />
        <Select
          label={t('intakeKeys.source')}
          allowDeselect={false}
          data={SOURCES.map((s) => ({ value: s, label: t(`enum.LeadSource.${s}`) }))}
          {...form.getInputProps('source')}
        />
        <TextInput label={t('intakeKeys.sourceDetail')} {...form.getInputProps('sourceDetail')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.fetching}>
            {t('intakeKeys.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The key, once: LeadRelay keeps only its hash. With the HTML form that posts leads with it. */
function CreatedKey({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  const snippet = intakeFormSnippet(window.location.origin, secret, {
    consent: t('intakeKeys.snippetConsent'),
    submit: t('intakeKeys.snippetSubmit'),
  });
  return (
    <ShownOnceSecret
      secret={secret}
      name={t('intakeKeys.key')}
      notice={t('intakeKeys.shownOnce')}
      copyLabel={t('intakeKeys.copyKey')}
      onDone={onDone}
      actions={<CopyValueButton value={snippet} label={t('intakeKeys.copySnippet')} />}
    >
      <Text size="sm">{t('intakeKeys.snippetHint')}</Text>
      <Code block tabIndex={0} aria-label={t('intakeKeys.snippet')} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {snippet}
      </Code>
    </ShownOnceSecret>
  );
}
