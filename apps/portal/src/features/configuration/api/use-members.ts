import { useMutation, useQuery } from 'urql';
import type { Role } from '@/shared/graphql/generated/graphql';
import { AddMember, MemberPartners, RemoveMember, TenantMembers, UpdateMember } from '../graphql/members';

export const ROLES: Role[] = ['VENDOR_ADMIN', 'CHANNEL_MANAGER', 'MARKETING', 'DIRECT_SALES', 'PARTNER_ADMIN', 'PARTNER_SALES'];
export const isPartnerRole = (role: Role) => role === 'PARTNER_ADMIN' || role === 'PARTNER_SALES';

/** removeMember answers a Boolean: the list refetches after any member change. */
const FOLLOW_CHANGES = { additionalTypenames: ['Member'] };

export function useTenantMembers(after: string | null) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: TenantMembers, variables: { after }, context: FOLLOW_CHANGES });
  return { connection: data?.members, fetching, error, refetch: () => refetch({ requestPolicy: 'network-only' }) };
}

export function useMemberPartners() {
  const [{ data }] = useQuery({ query: MemberPartners });
  return data?.partners.nodes ?? [];
}

export const useAddMember = () => useMutation(AddMember);
export const useUpdateMember = () => useMutation(UpdateMember);
export const useRemoveMember = () => useMutation(RemoveMember);
