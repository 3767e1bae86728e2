import { useQuery } from 'urql';
import { FailedMailCount, FailedMails } from '../graphql/failed-mails';

/** Undeliverable mails are the vendor admin's to look at; the count is asked only for them. */
export function useFailedMailCount(pause: boolean): number | undefined {
  const [{ data }] = useQuery({ query: FailedMailCount, pause });
  return data?.failedNotifications.totalCount;
}

export function useFailedMails(after: string | null) {
  const [{ data, fetching, error }] = useQuery({ query: FailedMails, variables: { after } });
  return { connection: data?.failedNotifications, fetching, error };
}
