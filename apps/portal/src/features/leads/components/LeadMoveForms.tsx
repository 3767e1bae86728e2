import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AnyVariables, CombinedError, OperationResult } from 'urql';
import type { DistributionMode, LeadDetailFragment, PartnerTier, ProgressStage } from '@/shared/graphql/generated/graphql';
import { todayIn } from '@/shared/format/format';
import { useFormat } from '@/shared/i18n/use-format';
import { ReasonForm } from '@/shared/reasons/ReasonForm';
import { ErrorAlert } from '@/shared/ui/QueryState';
import { useServerErrors } from '@/shared/ui/use-server-errors';
import { useActivePartners, useDeadlinePreview, useLeadMoves, useLeadOffers, useMembers } from '../api/use-leads';
import type { LeadMove } from '../api/lead-actions';

const PROGRESS: ProgressStage[] = ['CONTACTED', 'MEETING', 'PROPOSAL', 'NEGOTIATION'];
const GRADES = ['A', 'B', 'C', 'D'];

interface Props {
  action: LeadMove;
  lead: LeadDetailFragment;
  /** Called with true after the move was made, with false when the form was cancelled. */
  onDone: (moved: boolean) => void;
}

/** The form of one move; each sends one mutation and shows the API's errors next to its fields. */
export function LeadMoveForm({ action, lead, onDone: finish }: Props) {
  const { t } = useTranslation();
  const moves = useLeadMoves();
  const onDone = () => finish(false);
  const done = (result: OperationResult<unknown, AnyVariables>) => {
    if (result.data) finish(true);
  };
  const leadId = lead.id;
  switch (action) {
    case 'RECORD_PROGRESS':
      return <ProgressForm lead={lead} onCancel={onDone} onDone={done} />;
    case 'ASSIGN':
      return <AssignForm lead={lead} onCancel={onDone} onDone={done} />;
    case 'CLOSE_WON':
      return <WonForm lead={lead} onCancel={onDone} onDone={done} />;
    case 'CLOSE_LOST': {
      const [state, send] = moves.closeLost;
      return (
        <ReasonForm
          kind="LOST"
          withCompetitor
          submitLabel={t('moves.CLOSE_LOST')}
          fetching={state.fetching}
          error={state.error}
          onCancel={onDone}
          onSubmit={(values) => void send({ input: { leadId, ...values } }).then(done)}
        />
      );
    }
    case 'RETURN': {
      const [state, send] = moves.returnLead;
      return (
        <ReasonForm
          kind="RETURN"
          submitLabel={t('moves.RETURN')}
          fetching={state.fetching}
          error={state.error}
          onCancel={onDone}
          onSubmit={({ reasonCode, comment }) => void send({ input: { leadId, reasonCode, comment } }).then(done)}
        />
      );
    }
    case 'DISQUALIFY': {
      const [state, send] = moves.disqualify;
      return (
        <ReasonForm
          kind="DISQUALIFY"
          submitLabel={t('moves.DISQUALIFY')}
          fetching={state.fetching}
          error={state.error}
          onCancel={onDone}
          onSubmit={({ reasonCode, comment }) => void send({ input: { leadId, reasonCode, comment } }).then(done)}
        />
      );
    }
    case 'QUALIFY':
      return <QualifyForm lead={lead} onCancel={onDone} onDone={done} />;
    case 'NURTURE':
      return <NurtureForm lead={lead} onCancel={onDone} onDone={done} />;
    case 'DISTRIBUTE':
      return <DistributeForm lead={lead} onCancel={onDone} onDone={done} />;
    case 'ROUTE_DIRECT':
      return <RouteDirectForm lead={lead} onCancel={onDone} onDone={done} />;
    case 'WITHDRAW_ROUND':
      return <WithdrawRoundForm lead={lead} onCancel={onDone} onDone={done} />;
  }
}

interface FormProps {
  lead: LeadDetailFragment;
  onCancel: () => void;
  onDone: (result: OperationResult<unknown, AnyVariables>) => void;
}

function Actions({ submitLabel, fetching, onCancel }: { submitLabel: string; fetching: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={fetching}>
        {submitLabel}
      </Button>
    </Group>
  );
}

function General({ show, error }: { show: boolean; error?: CombinedError }) {
  return show && error ? <ErrorAlert error={error} /> : null;
}

/** A day picked in a date field, as the moment the API stores: noon UTC of that day. */
const dayToIso = (day: string) => (day ? new Date(`${day}T12:00:00Z`).toISOString() : undefined);

function ProgressForm({ lead, onCancel, onDone }: FormProps) {
  const { t } = useTranslation();
  const [state, send] = useLeadMoves().recordProgress;
  const form = useForm({
    initialValues: { stage: lead.progressStage ?? 'CONTACTED', note: '', nextStepAt: '' },
    validate: { stage: (value) => (value ? null : t('moves.stageRequired')) },
  });
  const general = useServerErrors(form, state.error);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) =>
          void send({
            input: {
              leadId: lead.id,
              stage: values.stage as ProgressStage,
              note: values.note.trim() || undefined,
              nextStepAt: dayToIso(values.nextStepAt),
            },
          }).then(onDone),
      )}
    >
      <Stack>
        <General show={general} error={state.error} />
        <Select
          label={t('moves.progressStage')}
          required
          allowDeselect={false}
          data={PROGRESS.map((stage) => ({ value: stage, label: t(`enum.ProgressStage.${stage}`) }))}
          {...form.getInputProps('stage')}
        />
        <Textarea label={t('moves.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <TextInput type="date" label={t('moves.nextStepAt')} {...form.getInputProps('nextStepAt')} />
        <Actions submitLabel={t('moves.RECORD_PROGRESS')} fetching={state.fetching} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function AssignForm(props: FormProps) {
  const { t } = useTranslation();
  const [state, send] = useLeadMoves().assign;
  const holder = props.lead.holdingPartner;
  return (
    <ChoosePersonForm
      {...props}
      state={state}
      send={(userId) => send({ input: { leadId: props.lead.id, userId } })}
      people={useMembers(holder?.id, !holder)}
      initial={props.lead.owner?.id ?? ''}
      label={t('moves.rep')}
      submitLabel={t('moves.ASSIGN')}
    />
  );
}

interface ChoosePersonProps extends FormProps {
  state: { fetching: boolean; error?: CombinedError };
  send: (userId: string) => Promise<OperationResult<unknown, AnyVariables>>;
  people: { user: { id: string; name: string } }[];
  initial: string;
  label: string;
  submitLabel: string;
}

/** A move that hands the lead to one person: assigning it to a rep, routing it to direct sales. */
function ChoosePersonForm({ state, send, people, initial, label, submitLabel, onCancel, onDone }: ChoosePersonProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { userId: initial },
    validate: { userId: (value) => (value ? null : t('moves.chooseRep')) },
  });
  const general = useServerErrors(form, state.error);
  return (
    <form noValidate onSubmit={form.onSubmit(({ userId }) => void send(userId).then(onDone))}>
      <Stack>
        <General show={general} error={state.error} />
        <Select
          label={label}
          required
          data={people.map((m) => ({ value: m.user.id, label: m.user.name }))}
          {...form.getInputProps('userId')}
        />
        <Actions submitLabel={submitLabel} fetching={state.fetching} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function WonForm({ lead, onCancel, onDone }: FormProps) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const [state, send] = useLeadMoves().closeWon;
  const form = useForm({
    initialValues: { amount: '' as number | string, currency: 'EUR', closedOn: todayIn(timeZone), note: '' },
    validate: {
      amount: (value) => (typeof value === 'number' && value > 0 ? null : t('moves.amountPositive')),
      currency: (value) => (/^[A-Z]{3}$/.test(value) ? null : t('moves.currencyInvalid')),
      closedOn: (value) => (value && value <= todayIn(timeZone) ? null : t('moves.closedOnInvalid')),
    },
  });
  const general = useServerErrors(form, state.error);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) =>
          void send({
            input: {
              leadId: lead.id,
              amount: Number(values.amount),
              currency: values.currency,
              closedOn: values.closedOn,
              note: values.note.trim() || undefined,
            },
          }).then(onDone),
      )}
    >
      <Stack>
        <General show={general} error={state.error} />
        <NumberInput label={t('moves.amount')} required min={0} decimalScale={2} {...form.getInputProps('amount')} />
        <TextInput label={t('moves.currency')} required maxLength={3} {...form.getInputProps('currency')} />
        <TextInput type="date" label={t('moves.closedOn')} required {...form.getInputProps('closedOn')} />
        <Textarea label={t('moves.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <Actions submitLabel={t('moves.CLOSE_WON')} fetching={state.fetching} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function QualifyForm({ lead, onCancel, onDone }: FormProps) {
  const { t } = useTranslation();
  const [state, send] = useLeadMoves().qualify;
  const form = useForm({
    initialValues: { score: (lead.score ?? '') as number | string, grade: lead.grade ?? '' },
    validate: {
      score: (value) => (typeof value === 'number' && value >= 0 && value <= 100 ? null : t('moves.scoreRange')),
      grade: (value) => (GRADES.includes(value) ? null : t('moves.gradeRequired')),
    },
  });
  const general = useServerErrors(form, state.error);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => void send({ input: { leadId: lead.id, score: Number(values.score), grade: values.grade } }).then(onDone),
      )}
    >
      <Stack>
        <General show={general} error={state.error} />
        <NumberInput label={t('moves.score')} required min={0} max={100} {...form.getInputProps('score')} />
        <Select label={t('moves.grade')} required data={GRADES} {...form.getInputProps('grade')} />
        <Actions submitLabel={t('moves.QUALIFY')} fetching={state.fetching} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function NurtureForm({ lead, onCancel, onDone }: FormProps) {
  const { t } = useTranslation();
  const [state, send] = useLeadMoves().nurture;
  const form = useForm({ initialValues: { note: '' } });
  const general = useServerErrors(form, state.error);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        ({ note }) => void send({ input: { leadId: lead.id, note: note.trim() || undefined } }).then(onDone),
      )}
    >
      <Stack>
        <General show={general} error={state.error} />
        <Textarea label={t('moves.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <Actions submitLabel={t('moves.NURTURE')} fetching={state.fetching} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function DistributeForm({ lead, onCancel, onDone }: FormProps) {
  const { t } = useTranslation();
  const [state, send] = useLeadMoves().distribute;
  const partners = useActivePartners(false);
  const form = useForm({
    initialValues: { partnerIds: [] as string[], mode: 'SHARED' as DistributionMode },
    validate: {
      partnerIds: (value, values) =>
        value.length === 0
          ? t('moves.choosePartners')
          : values.mode === 'EXCLUSIVE' && value.length !== 1
            ? t('moves.exclusiveOne')
            : null,
    },
  });
  const general = useServerErrors(form, state.error);
  return (
    <form noValidate onSubmit={form.onSubmit((values) => void send({ input: { leadId: lead.id, ...values } }).then(onDone))}>
      <Stack>
        <General show={general} error={state.error} />
        <MultiSelect
          label={t('moves.partners')}
          required
          searchable
          data={partners.map((p) => ({ value: p.id, label: `${p.name} (${t(`enum.PartnerTier.${p.tier}`)})` }))}
          {...form.getInputProps('partnerIds')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="distribution-mode">
            {t('moves.mode')}
          </Text>
          <SegmentedControl
            orientation="vertical"
            fullWidth
            aria-labelledby="distribution-mode"
            data={(['SHARED', 'EXCLUSIVE'] as const).map((mode) => ({ value: mode, label: t(`enum.DistributionMode.${mode}`) }))}
            {...form.getInputProps('mode')}
          />
        </Stack>
        <DeadlinePreview partners={partners.filter((p) => form.values.partnerIds.includes(p.id))} />
        <Actions submitLabel={t('moves.DISTRIBUTE')} fetching={state.fetching} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function RouteDirectForm(props: FormProps) {
  const { t } = useTranslation();
  const [state, send] = useLeadMoves().routeDirect;
  return (
    <ChoosePersonForm
      {...props}
      state={state}
      send={(userId) => send({ input: { leadId: props.lead.id, userId } })}
      people={useMembers(null, false).filter((m) => m.role === 'DIRECT_SALES')}
      initial=""
      label={t('moves.directRep')}
      submitLabel={t('moves.ROUTE_DIRECT')}
    />
  );
}

function WithdrawRoundForm({ lead, onCancel, onDone }: FormProps) {
  const { t } = useTranslation();
  const [state, send] = useLeadMoves().withdrawRound;
  const pending = useLeadOffers(lead.id, false).find((offer) => offer.status === 'PENDING');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) void send({ id: pending.roundId }).then(onDone);
      }}
    >
      <Stack>
        <General show error={state.error} />
        <Text>{t('moves.withdrawRoundConfirm')}</Text>
        <Actions submitLabel={t('moves.WITHDRAW_ROUND')} fetching={state.fetching} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** When each chosen partner would have to accept by (every tier before any is chosen), as the API counts business hours. */
function DeadlinePreview({ partners }: { partners: { id: string; name: string; tier: PartnerTier }[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const preview = useDeadlinePreview();
  const byTier = new Map(preview.map((row) => [row.tier, row]));
  const rows =
    partners.length > 0
      ? partners.map((p) => ({
          key: p.id,
          label: `${p.name} (${t(`enum.PartnerTier.${p.tier}`)})`,
          deadline: byTier.get(p.tier),
        }))
      : preview.map((row) => ({ key: row.tier, label: t(`enum.PartnerTier.${row.tier}`), deadline: row }));
  return (
    <Stack gap={4} component="section" aria-labelledby="deadline-preview">
      <Text size="sm" fw={500} id="deadline-preview">
        {t('moves.deadlinePreview')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('moves.deadlineByTier')}
      </Text>
      {rows.map(
        (row) =>
          row.deadline && (
            <Text size="sm" key={row.key}>
              {row.label}:{' '}
              {t('moves.deadlineAt', {
                at: format.dateTime(row.deadline.expiresAt),
                hours: format.number(row.deadline.businessHours),
              })}
            </Text>
          ),
      )}
    </Stack>
  );
}
