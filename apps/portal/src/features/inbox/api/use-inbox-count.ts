import { useQuery } from 'urql';
import { InboxCount } from '../graphql/inbox-count';

export function useInboxCount(pause: boolean): number | undefined {
  const [{ data }] = useQuery({ query: InboxCount, pause });
  return data?.offers.totalCount;
}
