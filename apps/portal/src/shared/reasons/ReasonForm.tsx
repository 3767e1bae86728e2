import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { ReasonCodeKind } from '../graphql/generated/graphql';
import { useReasonLabel } from '../i18n/reason-label';
import { ErrorAlert } from '../ui/QueryState';
import { useServerErrors } from '../ui/use-server-errors';
import { useReasonCodes } from './use-reason-codes';

export interface ReasonValues {
  reasonCode: string;
  comment?: string;
  competitor?: string;
}

interface Props {
  kind: ReasonCodeKind;
  submitLabel: string;
  withCompetitor?: boolean;
  fetching: boolean;
  error?: CombinedError;
  onSubmit: (values: ReasonValues) => void;
  onCancel: () => void;
}

/** A reason code from the tenant's catalogue, and the comment where the code requires one (as the API checks). */
export function ReasonForm({ kind, submitLabel, withCompetitor, fetching, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const label = useReasonLabel();
  const { codes, error: loadError } = useReasonCodes(kind);
  const form = useForm({
    initialValues: { reasonCode: '', comment: '', competitor: '' },
    validate: {
      reasonCode: (value) => (value ? null : t('reasons.chooseReason')),
      comment: (value, values) =>
        codes.find((c) => c.key === values.reasonCode)?.commentRequired && !value.trim() ? t('reasons.commentRequired') : null,
    },
  });
  const generalError = useServerErrors(form, error);
  const chosen = codes.find((c) => c.key === form.values.reasonCode);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        onSubmit({
          reasonCode: values.reasonCode,
          comment: values.comment.trim() || undefined,
          competitor: withCompetitor ? values.competitor.trim() || undefined : undefined,
        }),
      )}
    >
      <Stack>
        {loadError && <ErrorAlert error={loadError} />}
        {generalError && error && <ErrorAlert error={error} />}
        <Select
          label={t('reasons.reason')}
          required
          data={codes.map((code) => ({ value: code.key, label: label(code) }))}
          {...form.getInputProps('reasonCode')}
        />
        {withCompetitor && <TextInput label={t('reasons.competitor')} {...form.getInputProps('competitor')} />}
        <Textarea
          label={t('reasons.comment')}
          required={chosen?.commentRequired ?? false}
          autosize
          minRows={2}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={fetching}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
