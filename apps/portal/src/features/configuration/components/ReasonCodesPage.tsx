import { Badge, Button, Code, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ReasonCodeFieldsFragment, ReasonCodeKind } from '@/shared/graphql/generated/graphql';
import { useReasonLabel } from '@/shared/i18n/reason-label';
import { DataTable } from '@/shared/ui/DataTable';
import { ConfirmDialog, Dialog } from '@/shared/ui/Dialog';
import { REASON_KINDS, useReasonCatalogue, useRetireReasonCode } from '../api/use-reason-catalogue';
import { ReasonCodeForm } from './ReasonCodeForm';

/** The tenant's reasons for declining, returning, losing and disqualifying (vendor admins): create, edit labels, retire. */
export function ReasonCodesPage() {
  const { t } = useTranslation();
  const label = useReasonLabel();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind') as ReasonCodeKind | null;
  const kind = kindParam && REASON_KINDS.includes(kindParam) ? kindParam : 'DECLINE';
  const { codes, fetching, error } = useReasonCatalogue(kind);
  const [editing, setEditing] = useState<ReasonCodeFieldsFragment | 'new' | null>(null);
  const [retiring, setRetiring] = useState<ReasonCodeFieldsFragment | null>(null);
  const [retired, retire] = useRetireReasonCode();

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('reasonCodes.title')}
        </Title>
        <Button onClick={() => setEditing('new')}>{t('reasonCodes.new')}</Button>
      </Group>
      <Text c="dimmed">{t('reasonCodes.hint')}</Text>
      <SegmentedControl
        aria-label={t('reasonCodes.kind')}
        value={kind}
        onChange={(value) => setParams({ kind: value })}
        data={REASON_KINDS.map((k) => ({ value: k, label: t(`enum.ReasonCodeKind.${k}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      <Dialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing === 'new' ? t('reasonCodes.newOfKind', { kind: t(`enum.ReasonCodeKind.${kind}`) }) : t('reasonCodes.editTitle')
        }
        size="lg"
      >
        {editing !== null && (
          <ReasonCodeForm kind={kind} code={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        )}
      </Dialog>
      <ConfirmDialog
        subject={retiring}
        title={t('reasonCodes.retireTitle')}
        question={(code) => t('reasonCodes.retireConfirm', { label: label(code) })}
        confirmLabel={t('reasonCodes.retire')}
        fetching={retired.fetching}
        error={retired.error}
        onConfirm={async (code) => Boolean((await retire({ id: code.id })).data)}
        onClose={() => setRetiring(null)}
      />
      <DataTable
        fetching={fetching}
        error={error}
        empty={codes.length === 0}
        emptyText={t('reasonCodes.empty')}
        minWidth={720}
        columns={[
          t('reasonCodes.label'),
          t('reasonCodes.key'),
          t('reasonCodes.followUp'),
          t('reasonCodes.comment'),
          t('partners.actions'),
        ]}
      >
        {codes.map((code) => (
          <Table.Tr key={code.id}>
            <Table.Td>{label(code)}</Table.Td>
            <Table.Td>
              <Code>{code.key}</Code>
            </Table.Td>
            <Table.Td>{t(`enum.ReasonFollowUp.${code.followUp}`)}</Table.Td>
            <Table.Td>{code.commentRequired ? t('reasonCodes.commentNeeded') : null}</Table.Td>
            <Table.Td>
              {code.retired ? (
                <Badge variant="light" color="gray" style={{ minWidth: 'max-content' }}>
                  {t('reasonCodes.retired')}
                </Badge>
              ) : (
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={`${t('partners.edit')}: ${label(code)}`}
                    onClick={() => setEditing(code)}
                  >
                    {t('partners.edit')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={`${t('reasonCodes.retire')}: ${label(code)}`}
                    onClick={() => setRetiring(code)}
                  >
                    {t('reasonCodes.retire')}
                  </Button>
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
