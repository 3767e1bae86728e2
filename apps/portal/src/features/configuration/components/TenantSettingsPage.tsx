import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { TenantSettingsFieldsFragment } from '@/shared/graphql/generated/graphql';
import { ErrorAlert, QueryState } from '@/shared/ui/QueryState';
import { useServerErrors } from '@/shared/ui/use-server-errors';
import { useTenantSettings, useUpdateTenantSettings } from '../api/use-tenant-settings';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** How the tenant runs its channel (vendor admins): business hours, holidays, and the periods per partner tier. */
export function TenantSettingsPage() {
  const { t } = useTranslation();
  const { settings, fetching, error } = useTenantSettings();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('tenantSettings.title')}
      </Title>
      <Text c="dimmed">{t('tenantSettings.hint')}</Text>
      <QueryState fetching={fetching} error={error} empty={!settings}>
        {settings && <SettingsForm settings={settings} />}
      </QueryState>
    </Stack>
  );
}

function SettingsForm({ settings }: { settings: TenantSettingsFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [state, save] = useUpdateTenantSettings();
  const weekday = (day: number) =>
    // 2024-01-01 was a Monday: day 1 to 7 are that week's days.
    new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
  const hours = (value: number | string) => (typeof value === 'number' && value > 0 ? null : t('tenantSettings.hoursPositive'));
  const optionalHours = (value: number | string) => (value === '' ? null : hours(value));
  const form = useForm({
    initialValues: {
      timeZone: settings.timeZone,
      workingDays: settings.workingDays.map(String),
      dayStart: settings.dayStart,
      dayEnd: settings.dayEnd,
      holidays: settings.holidays,
      acceptanceHours: settings.acceptanceHours as number | string,
      gold: (settings.acceptanceHoursByTier.gold ?? '') as number | string,
      silver: (settings.acceptanceHoursByTier.silver ?? '') as number | string,
      bronze: (settings.acceptanceHoursByTier.bronze ?? '') as number | string,
      firstContactHours: settings.firstContactHours as number | string,
      escalationHours: settings.escalationHours as number | string,
      remindAtHalfway: settings.remindAtHalfway,
      reminderHoursBeforeDeadline: settings.reminderHoursBeforeDeadline as number | string,
    },
    validate: {
      timeZone: (value) => (value.trim() ? null : t('newLead.required')),
      workingDays: (value) => (value.length ? null : t('tenantSettings.oneDay')),
      dayStart: (value) => (HH_MM.test(value) ? null : t('tenantSettings.timeRule')),
      dayEnd: (value, values) =>
        !HH_MM.test(value) ? t('tenantSettings.timeRule') : value <= values.dayStart ? t('tenantSettings.endAfterStart') : null,
      holidays: (value) => (value.every((day) => DAY.test(day)) ? null : t('tenantSettings.dayRule')),
      acceptanceHours: hours,
      gold: optionalHours,
      silver: optionalHours,
      bronze: optionalHours,
      firstContactHours: hours,
      escalationHours: hours,
      reminderHoursBeforeDeadline: (value) =>
        typeof value === 'number' && value >= 0 ? null : t('tenantSettings.hoursPositive'),
    },
  });
  const general = useServerErrors(form, state.error);
  const tier = (value: number | string) => (typeof value === 'number' ? value : null);
  const submit = form.onSubmit(async (v) => {
    const result = await save({
      input: {
        timeZone: v.timeZone.trim(),
        workingDays: v.workingDays.map(Number).sort(),
        dayStart: v.dayStart,
        dayEnd: v.dayEnd,
        holidays: v.holidays,
        acceptanceHours: Number(v.acceptanceHours),
        acceptanceHoursByTier: { gold: tier(v.gold), silver: tier(v.silver), bronze: tier(v.bronze) },
        firstContactHours: Number(v.firstContactHours),
        escalationHours: Number(v.escalationHours),
        remindAtHalfway: v.remindAtHalfway,
        reminderHoursBeforeDeadline: Number(v.reminderHoursBeforeDeadline),
      },
    });
    if (result.data) form.resetDirty();
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack maw={720}>
        {general && state.error && <ErrorAlert error={state.error} />}
        {state.data && !state.fetching && !form.isDirty() && (
          <Alert color="teal" role="status">
            {t('tenantSettings.saved')}
          </Alert>
        )}
        <Fieldset legend={t('tenantSettings.businessHours')}>
          <Stack>
            <TextInput
              label={t('tenantSettings.timeZone')}
              description={t('tenantSettings.timeZoneHint')}
              {...form.getInputProps('timeZone')}
            />
            <Checkbox.Group label={t('tenantSettings.workingDays')} {...form.getInputProps('workingDays')}>
              <Group mt={4}>
                {WEEKDAYS.map((day) => (
                  <Checkbox key={day} value={String(day)} label={weekday(day)} />
                ))}
              </Group>
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput type="time" label={t('tenantSettings.dayStart')} {...form.getInputProps('dayStart')} />
              <TextInput type="time" label={t('tenantSettings.dayEnd')} {...form.getInputProps('dayEnd')} />
            </SimpleGrid>
            <TagsInput
              label={t('tenantSettings.holidays')}
              description={t('tenantSettings.holidaysHint')}
              {...form.getInputProps('holidays')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('tenantSettings.deadlines')}>
          <Stack>
            <NumberInput label={t('tenantSettings.acceptanceHours')} min={0} {...form.getInputProps('acceptanceHours')} />
            <Text size="sm" c="dimmed">
              {t('tenantSettings.byTierHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, xs: 3 }}>
              <NumberInput label={t('enum.PartnerTier.GOLD')} min={0} {...form.getInputProps('gold')} />
              <NumberInput label={t('enum.PartnerTier.SILVER')} min={0} {...form.getInputProps('silver')} />
              <NumberInput label={t('enum.PartnerTier.BRONZE')} min={0} {...form.getInputProps('bronze')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NumberInput label={t('tenantSettings.firstContactHours')} min={0} {...form.getInputProps('firstContactHours')} />
              <NumberInput label={t('tenantSettings.escalationHours')} min={0} {...form.getInputProps('escalationHours')} />
            </SimpleGrid>
            <Checkbox
              label={t('tenantSettings.remindAtHalfway')}
              {...form.getInputProps('remindAtHalfway', { type: 'checkbox' })}
            />
            <NumberInput
              label={t('tenantSettings.reminderHoursBeforeDeadline')}
              min={0}
              {...form.getInputProps('reminderHoursBeforeDeadline')}
            />
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button type="submit" loading={state.fetching}>
            {t('partners.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
