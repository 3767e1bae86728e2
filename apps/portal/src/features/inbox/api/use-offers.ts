import { useMutation, useQuery } from 'urql';
import type { PendingOffersQuery } from '@/shared/graphql/generated/graphql';
import { AcceptOffer } from '../graphql/accept-offer';
import { DeclineOffer } from '../graphql/decline-offer';
import { PendingOffers } from '../graphql/pending-offers';

export type PendingOffer = PendingOffersQuery['offers']['nodes'][number];
export type InboxOrder = 'newest' | 'urgent';

const ORDERS: Record<InboxOrder, (a: PendingOffer, b: PendingOffer) => number> = {
  newest: (a, b) => b.offeredAt.localeCompare(a.offeredAt),
  urgent: (a, b) => a.expiresAt.localeCompare(b.expiresAt),
};

export function usePendingOffers(order: InboxOrder) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: PendingOffers });
  const offers = [...(data?.offers.nodes ?? [])].sort(ORDERS[order]);
  return { offers, fetching, error, refetch: () => refetch({ requestPolicy: 'network-only' }) };
}

export const useAcceptOffer = () => useMutation(AcceptOffer);
export const useDeclineOffer = () => useMutation(DeclineOffer);
