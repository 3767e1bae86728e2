import { useMutation, useQuery } from 'urql';
import type { ReasonCodeKind } from '@/shared/graphql/generated/graphql';
import { CreateReasonCode, ReasonCatalogue, RetireReasonCode, UpdateReasonCode } from '../graphql/reason-codes';

export const REASON_KINDS: ReasonCodeKind[] = ['DECLINE', 'RETURN', 'LOST', 'DISQUALIFY'];

/** A new code of the kind shown appears in the list: it refetches after every ReasonCode change. */
const FOLLOW_CHANGES = { additionalTypenames: ['ReasonCode'] };

export function useReasonCatalogue(kind: ReasonCodeKind) {
  const [{ data, fetching, error }] = useQuery({ query: ReasonCatalogue, variables: { kind }, context: FOLLOW_CHANGES });
  return { codes: data?.reasonCodes ?? [], fetching, error };
}

export const useCreateReasonCode = () => useMutation(CreateReasonCode);
export const useUpdateReasonCode = () => useMutation(UpdateReasonCode);
export const useRetireReasonCode = () => useMutation(RetireReasonCode);
