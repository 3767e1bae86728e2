import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '@/shared/graphql/errors';
import type { ReasonCodeFieldsFragment, ReasonCodeKind, ReasonFollowUp } from '@/shared/graphql/generated/graphql';
import { ErrorAlert } from '@/shared/ui/QueryState';
import { useServerErrors } from '@/shared/ui/use-server-errors';
import { useCreateReasonCode, useUpdateReasonCode } from '../api/use-reason-catalogue';

const FOLLOW_UPS: ReasonFollowUp[] = ['RE_OFFER', 'NURTURE', 'DISCARD'];

interface Props {
  kind: ReasonCodeKind;
  /** The code to edit; a new one of `kind` when left out. Key and kind never change. */
  code?: ReasonCodeFieldsFragment;
  onDone: () => void;
}

/** A reason code's key (new codes only), labels in German and English, follow-up and comment rule. */
export function ReasonCodeForm({ kind, code, onDone }: Props) {
  const { t } = useTranslation();
  const [created, create] = useCreateReasonCode();
  const [updated, update] = useUpdateReasonCode();
  const state = code ? updated : created;
  const label = (locale: 'DE' | 'EN') => code?.labels.find((l) => l.locale === locale)?.text ?? '';
  const form = useForm({
    initialValues: {
      key: code?.key ?? '',
      de: label('DE'),
      en: label('EN'),
      followUp: code?.followUp ?? ('RE_OFFER' as ReasonFollowUp),
      commentRequired: code?.commentRequired ?? false,
    },
    validate: {
      key: (value) => (code || /^[A-Z][A-Z0-9_]{1,63}$/.test(value) ? null : t('reasonCodes.keyRule')),
      de: (value) => (value.trim() ? null : t('newLead.required')),
      en: (value) => (value.trim() ? null : t('newLead.required')),
    },
  });
  // The API names the labels field as a whole; both label fields show its problem.
  const general = useServerErrors(form, state.error, { text: 'de', labels: 'de' });
  const keyTaken = errorCodeOf(state.error) === 'CONFLICT' && state.error?.graphQLErrors[0]?.extensions?.field === 'key';
  useEffect(() => {
    if (keyTaken) form.setFieldError('key', t('reasonCodes.keyTaken'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.error]);

  const submit = form.onSubmit(async (v) => {
    const labels = [
      { locale: 'DE' as const, text: v.de.trim() },
      { locale: 'EN' as const, text: v.en.trim() },
    ];
    const result = code
      ? await update({ input: { id: code.id, labels, followUp: v.followUp, commentRequired: v.commentRequired } })
      : await create({ input: { kind, key: v.key, labels, followUp: v.followUp, commentRequired: v.commentRequired } });
    if (result.data) onDone();
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {general && !keyTaken && state.error && <ErrorAlert error={state.error} />}
        <TextInput
          label={t('reasonCodes.key')}
          description={code ? t('reasonCodes.keyFixed') : t('reasonCodes.keyRule')}
          required={!code}
          disabled={Boolean(code)}
          {...form.getInputProps('key')}
          onChange={(event) => form.setFieldValue('key', event.currentTarget.value.toUpperCase())}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('reasonCodes.labelDe')} required {...form.getInputProps('de')} />
          <TextInput label={t('reasonCodes.labelEn')} required {...form.getInputProps('en')} />
        </SimpleGrid>
        <Select
          label={t('reasonCodes.followUp')}
          allowDeselect={false}
          data={FOLLOW_UPS.map((f) => ({ value: f, label: t(`enum.ReasonFollowUp.${f}`) }))}
          {...form.getInputProps('followUp')}
        />
        <Checkbox label={t('reasonCodes.commentRequired')} {...form.getInputProps('commentRequired', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.fetching}>
            {code ? t('partners.save') : t('reasonCodes.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
