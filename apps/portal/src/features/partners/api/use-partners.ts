import { useMutation, useQuery } from 'urql';
import type { PartnerStatus, TerritoryInput } from '@/shared/graphql/generated/graphql';
import { CreatePartner, Partners, UpdatePartner } from '../graphql/partners';

export const PARTNER_STATUSES: PartnerStatus[] = ['ACTIVE', 'PAUSED', 'INVITED', 'ENDED'];

export function usePartners(statuses: PartnerStatus[], after: string | null) {
  const [{ data, fetching, error }] = useQuery({
    query: Partners,
    variables: { statuses: statuses.length ? statuses : undefined, after },
  });
  return { connection: data?.partners, fetching, error };
}

export const useCreatePartner = () => useMutation(CreatePartner);
export const useUpdatePartner = () => useMutation(UpdatePartner);

/** Territories as a person types them: one country a line, its postal-code prefixes after a colon ("DE: 20, 21"). */
export function parseTerritories(text: string): TerritoryInput[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [country = '', prefixes = ''] = line.split(':');
      return {
        country: country.trim().toUpperCase(),
        postalCodePrefixes: prefixes
          .split(/[\s,;]+/)
          .map((prefix) => prefix.trim().toUpperCase())
          .filter(Boolean),
      };
    });
}

export function formatTerritories(territories: readonly TerritoryInput[]): string {
  return territories
    .map((territory) =>
      territory.postalCodePrefixes?.length
        ? `${territory.country}: ${territory.postalCodePrefixes.join(', ')}`
        : territory.country,
    )
    .join('\n');
}

/** The first line the API would refuse, or null: a two-letter country and prefixes of 1 to 5 digits or capitals. */
export function territoryProblem(territories: readonly TerritoryInput[]): 'country' | 'prefix' | null {
  for (const territory of territories) {
    if (!/^[A-Z]{2}$/.test(territory.country)) return 'country';
    if (territory.postalCodePrefixes?.some((prefix) => !/^[0-9A-Z]{1,5}$/.test(prefix))) return 'prefix';
  }
  return null;
}
