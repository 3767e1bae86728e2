import { useMutation, useQuery } from 'urql';
import type { TeamMembersQuery } from '@/shared/graphql/generated/graphql';
import { ChangeMemberRole, InviteMember, RemoveMember, TeamMembers } from '../graphql/team';

export type TeamMember = TeamMembersQuery['members']['nodes'][number];

/** A removed member is gone from every list of members: refetched whenever a Member changes. */
const FOLLOW_MEMBERS = { additionalTypenames: ['Member'] };

export function useTeam(after: string | null) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: TeamMembers, variables: { after }, context: FOLLOW_MEMBERS });
  return {
    connection: data?.members,
    fetching,
    error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}

export const useInviteMember = () => useMutation(InviteMember);
export const useChangeMemberRole = () => useMutation(ChangeMemberRole);
export const useRemoveMember = () => useMutation(RemoveMember);
