import { useQuery } from 'urql';
import type { ReasonCodeKind } from '../graphql/generated/graphql';
import { ReasonCodes } from './graphql/reason-codes';

/** The tenant's reason codes of one kind (decline, return, lost, disqualify), not retired. */
export function useReasonCodes(kind: ReasonCodeKind, pause = false) {
  const [{ data, fetching, error }] = useQuery({ query: ReasonCodes, variables: { kind }, pause });
  return { codes: data?.reasonCodes ?? [], fetching, error };
}
