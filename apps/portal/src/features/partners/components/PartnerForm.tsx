import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorCodeOf } from '@/shared/graphql/errors';
import type { PartnerFieldsFragment, PartnerTier } from '@/shared/graphql/generated/graphql';
import { ErrorAlert } from '@/shared/ui/QueryState';
import { useServerErrors } from '@/shared/ui/use-server-errors';
import { formatTerritories, parseTerritories, territoryProblem, useCreatePartner, useUpdatePartner } from '../api/use-partners';

const TIERS: PartnerTier[] = ['GOLD', 'SILVER', 'BRONZE'];

interface Props {
  /** The partner to edit; a new one when left out. */
  partner?: PartnerFieldsFragment;
  onDone: () => void;
}

/** A partner's name, city, tier, capacity, territories and competencies; checked as the API checks them. */
export function PartnerForm({ partner, onDone }: Props) {
  const { t } = useTranslation();
  const [created, create] = useCreatePartner();
  const [updated, update] = useUpdatePartner();
  const state = partner ? updated : created;
  const form = useForm({
    initialValues: {
      name: partner?.name ?? '',
      city: partner?.city ?? '',
      tier: partner?.tier ?? ('BRONZE' as PartnerTier),
      capacity: partner?.capacity ?? 20,
      territories: formatTerritories(partner?.territories ?? []),
      competencies: partner?.competencies ?? [],
    },
    validate: {
      name: (value) => (value.trim() ? null : t('newLead.required')),
      capacity: (value) => (Number.isInteger(value) && value >= 0 && value <= 100000 ? null : t('partners.capacityRange')),
      territories: (value) => {
        const problem = territoryProblem(parseTerritories(value));
        return problem ? t(`partners.territory_${problem}`) : null;
      },
    },
  });
  const general = useServerErrors(form, state.error, { country: 'territories', postalCodePrefixes: 'territories' });
  const nameTaken = isNameTaken(state.error);
  useEffect(() => {
    if (nameTaken) form.setFieldError('name', t('partners.nameTaken'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.error]);

  const submit = form.onSubmit(async (v) => {
    const fields = {
      name: v.name.trim(),
      city: v.city.trim() || undefined,
      tier: v.tier,
      capacity: v.capacity,
      territories: parseTerritories(v.territories),
      competencies: v.competencies,
    };
    const result = partner
      ? await update({ input: { id: partner.id, version: partner.version, ...fields } })
      : await create({ input: fields });
    if (result.data) onDone();
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {general && !nameTaken && state.error && <ErrorAlert error={state.error} />}
        <TextInput label={t('partners.name')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput label={t('partners.city')} {...form.getInputProps('city')} />
          <Select
            label={t('partners.tier')}
            allowDeselect={false}
            data={TIERS.map((tier) => ({ value: tier, label: t(`enum.PartnerTier.${tier}`) }))}
            {...form.getInputProps('tier')}
          />
          <NumberInput
            label={t('partners.capacity')}
            min={0}
            max={100000}
            allowDecimal={false}
            {...form.getInputProps('capacity')}
          />
        </SimpleGrid>
        <Textarea
          label={t('partners.territories')}
          description={t('partners.territoriesHint')}
          autosize
          minRows={2}
          {...form.getInputProps('territories')}
        />
        <TagsInput
          label={t('partners.competencies')}
          description={t('partners.competenciesHint')}
          {...form.getInputProps('competencies')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.fetching}>
            {partner ? t('partners.save') : t('partners.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A CONFLICT on the name: another partner of the tenant has it already. */
function isNameTaken(error: CombinedError | undefined): boolean {
  return errorCodeOf(error) === 'CONFLICT' && error?.graphQLErrors[0]?.extensions?.field === 'name';
}
