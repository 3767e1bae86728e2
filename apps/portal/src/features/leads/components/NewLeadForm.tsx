import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EmployeeBand, LeadSource, RequestType } from '@/shared/graphql/generated/graphql';
import { ErrorAlert } from '@/shared/ui/QueryState';
import { useServerErrors } from '@/shared/ui/use-server-errors';
import { useCreateLead } from '../api/use-leads';

const SOURCES: LeadSource[] = ['WEB_FORM', 'TRADE_FAIR', 'CAMPAIGN', 'PURCHASED_LIST', 'REFERRAL', 'OTHER'];
const BANDS: EmployeeBand[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'];
const REQUESTS: RequestType[] = ['INQUIRY', 'QUOTE_REQUEST', 'DEMO'];

/** A lead typed in by vendor staff (a trade-fair contact, a phone call); the API checks it as it checks intake. */
export function NewLeadForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [state, create] = useCreateLead();
  const form = useForm({
    initialValues: {
      name: '',
      country: 'DE',
      postalCode: '',
      city: '',
      industry: '',
      employeeBand: '' as EmployeeBand | '',
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      requestType: 'INQUIRY' as RequestType,
      productLine: '',
      description: '',
      source: 'TRADE_FAIR' as LeadSource,
      consent: false,
    },
    validate: {
      name: (value) => (value.trim() ? null : t('newLead.required')),
      country: (value) => (/^[A-Za-z]{2}$/.test(value) ? null : t('newLead.countryInvalid')),
      lastName: (value) => (value.trim() ? null : t('newLead.required')),
      email: (value) => (!value || /^\S+@\S+\.\S+$/.test(value) ? null : t('auth.emailInvalid')),
    },
  });
  const general = useServerErrors(form, state.error);
  const text = (value: string) => value.trim() || undefined;
  const submit = form.onSubmit(async (v) => {
    const result = await create({
      input: {
        source: v.source,
        company: {
          name: v.name.trim(),
          country: v.country.toUpperCase(),
          postalCode: text(v.postalCode),
          city: text(v.city),
          industry: text(v.industry),
          employeeBand: v.employeeBand || undefined,
        },
        contact: {
          firstName: text(v.firstName),
          lastName: v.lastName.trim(),
          email: text(v.email),
          phone: text(v.phone),
          decisionMaker: false,
        },
        interest: { requestType: v.requestType, productLine: text(v.productLine), description: text(v.description) },
        consent: { given: v.consent },
      },
    });
    if (result.data) void navigate(`/leads/${result.data.createLead.id}`);
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {general && state.error && <ErrorAlert error={state.error} />}
        <Title order={3} size="h5">
          {t('lead.company')}
        </Title>
        <TextInput label={t('newLead.companyName')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput label={t('newLead.country')} required maxLength={2} {...form.getInputProps('country')} />
          <TextInput label={t('newLead.postalCode')} {...form.getInputProps('postalCode')} />
          <TextInput label={t('newLead.city')} {...form.getInputProps('city')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('lead.industry')} {...form.getInputProps('industry')} />
          <Select
            label={t('lead.size')}
            clearable
            data={BANDS.map((b) => ({ value: b, label: t(`enum.EmployeeBand.${b}`) }))}
            {...form.getInputProps('employeeBand')}
          />
        </SimpleGrid>
        <Title order={3} size="h5">
          {t('lead.contact')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t('newLead.firstName')} {...form.getInputProps('firstName')} />
          <TextInput label={t('newLead.lastName')} required {...form.getInputProps('lastName')} />
          <TextInput label={t('lead.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('lead.phone')} type="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Title order={3} size="h5">
          {t('lead.interest')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('lead.requestType')}
            allowDeselect={false}
            data={REQUESTS.map((r) => ({ value: r, label: t(`enum.RequestType.${r}`) }))}
            {...form.getInputProps('requestType')}
          />
          <TextInput label={t('lead.productLine')} {...form.getInputProps('productLine')} />
        </SimpleGrid>
        <Textarea label={t('lead.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <Select
          label={t('lead.source')}
          allowDeselect={false}
          data={SOURCES.map((s) => ({ value: s, label: t(`enum.LeadSource.${s}`) }))}
          {...form.getInputProps('source')}
        />
        <Checkbox label={t('newLead.consent')} {...form.getInputProps('consent', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.fetching}>
            {t('newLead.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
