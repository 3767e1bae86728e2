import { useMutation, useQuery } from 'urql';
import { TenantSettingsQuery, UpdateTenantSettings } from '../graphql/tenant-settings';

export function useTenantSettings() {
  const [{ data, fetching, error }] = useQuery({ query: TenantSettingsQuery });
  return { settings: data?.tenantSettings, fetching, error };
}

export const useUpdateTenantSettings = () => useMutation(UpdateTenantSettings);
