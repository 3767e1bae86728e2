import { useMutation, useQuery } from 'urql';
import { CreateIntakeKey, IntakeKeys, RevokeIntakeKey } from '../graphql/intake-keys';

/** A new key's leads appear as IntakeKey rows: the list refetches after every change. */
const KEYS_FOLLOW_CHANGES = { additionalTypenames: ['IntakeKey', 'CreatedIntakeKey'] };

export function useIntakeKeys() {
  const [{ data, fetching, error }] = useQuery({ query: IntakeKeys, context: KEYS_FOLLOW_CHANGES });
  return { keys: data?.intakeKeys ?? [], fetching, error };
}

export const useCreateIntakeKey = () => useMutation(CreateIntakeKey);
export const useRevokeIntakeKey = () => useMutation(RevokeIntakeKey);
