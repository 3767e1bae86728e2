import { useMutation, useQuery } from 'urql';
import type { OfferOrder, PendingOffersQuery } from '@/shared/graphql/generated/graphql';
import { AcceptOffer } from '../graphql/accept-offer';
import { DeclineOffer } from '../graphql/decline-offer';
import { PendingOffers } from '../graphql/pending-offers';

export type PendingOffer = PendingOffersQuery['offers']['nodes'][number];

/** One page of the pending offers, in the API's order (newest or most urgent first). */
export function usePendingOffers(orderBy: OfferOrder, after: string | null) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: PendingOffers, variables: { orderBy, after } });
  return {
    offers: data?.offers.nodes ?? [],
    totalCount: data?.offers.totalCount ?? 0,
    pageInfo: data?.offers.pageInfo,
    fetching,
    error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}

export const useAcceptOffer = () => useMutation(AcceptOffer);
export const useDeclineOffer = () => useMutation(DeclineOffer);
