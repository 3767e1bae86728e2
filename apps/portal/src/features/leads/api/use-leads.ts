import { useMutation, useQuery } from 'urql';
import type { LeadFilter, LeadOrder, LeadStage } from '@/shared/graphql/generated/graphql';
import { OfferDeadlinePreview } from '../graphql/deadline-preview';
import { Lead } from '../graphql/lead';
import { LeadOffers, WithdrawOffer } from '../graphql/lead-offers';
import {
  AssignLead,
  CloseLeadLost,
  CloseLeadWon,
  CreateLead,
  DisqualifyLead,
  DistributeLead,
  NurtureLead,
  QualifyLead,
  RecordProgress,
  ReturnLead,
  RouteDirect,
  WithdrawRound,
} from '../graphql/lead-moves';
import { Leads } from '../graphql/leads';
import { ActivePartners, Members, PartnerNames } from '../graphql/people';

export const LEAD_STAGES: LeadStage[] = [
  'NEW',
  'QUALIFIED',
  'OFFERED',
  'ACCEPTED',
  'IN_PROGRESS',
  'WON',
  'LOST',
  'RETURNED',
  'UNPLACED',
  'NURTURING',
  'DIRECT',
  'DISQUALIFIED',
];

export function useLeads(filter: LeadFilter, orderBy: LeadOrder, after: string | null) {
  const [{ data, fetching, error }] = useQuery({ query: Leads, variables: { filter, orderBy, after } });
  return { connection: data?.leads, fetching, error };
}

export function useLead(id: string) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Lead, variables: { id } });
  return { lead: data?.lead, fetching, error, refetch: () => refetch({ requestPolicy: 'network-only' }) };
}

/** A lead's move changes its offers too: refetched whenever a Lead comes back from a mutation. */
const OFFERS_FOLLOW_LEAD = { additionalTypenames: ['Lead'] };

export function useLeadOffers(leadId: string, pause: boolean) {
  const [{ data }] = useQuery({ query: LeadOffers, variables: { leadId }, pause, context: OFFERS_FOLLOW_LEAD });
  return data?.offers.nodes ?? [];
}

export function useActivePartners(pause: boolean) {
  const [{ data }] = useQuery({ query: ActivePartners, pause });
  return data?.partners.nodes ?? [];
}

export function usePartnerNames(pause: boolean) {
  const [{ data }] = useQuery({ query: PartnerNames, pause });
  return data?.partners.nodes ?? [];
}

/** Per tier, the deadline the API would set for an offer made now (asked fresh each time the dialog opens). */
export function useDeadlinePreview() {
  const [{ data }] = useQuery({ query: OfferDeadlinePreview, requestPolicy: 'network-only' });
  return data?.offerDeadlinePreview ?? [];
}

export function useMembers(partnerId: string | null | undefined, pause: boolean) {
  const [{ data }] = useQuery({ query: Members, variables: { partnerId }, pause });
  return data?.members.nodes ?? [];
}

export const useLeadMoves = () => ({
  recordProgress: useMutation(RecordProgress),
  assign: useMutation(AssignLead),
  closeWon: useMutation(CloseLeadWon),
  closeLost: useMutation(CloseLeadLost),
  returnLead: useMutation(ReturnLead),
  qualify: useMutation(QualifyLead),
  disqualify: useMutation(DisqualifyLead),
  nurture: useMutation(NurtureLead),
  routeDirect: useMutation(RouteDirect),
  distribute: useMutation(DistributeLead),
  withdrawRound: useMutation(WithdrawRound),
});

export const useCreateLead = () => useMutation(CreateLead);
export const useWithdrawOffer = () => useMutation(WithdrawOffer);
