import { useQuery } from 'urql';
import type { LeadStage } from '@/shared/graphql/generated/graphql';
import { QueueCounts } from '../graphql/queue-counts';
import { QueueLeads, StaleLeads } from '../graphql/queue-leads';

/** The work queues of the vendor side, each a slice of the leads by stage (stale: by the escalation sweep). */
export const QUEUES = {
  unplaced: ['UNPLACED'],
  returned: ['RETURNED'],
  // Marketing's: returned leads whose reason says NURTURE (see `inQueue`), lost and disqualified ones, and those in nurturing.
  nurture: ['RETURNED', 'NURTURING', 'LOST', 'DISQUALIFIED'],
  stale: null,
} as const satisfies Record<string, readonly LeadStage[] | null>;

export type QueueName = keyof typeof QUEUES;

export function isQueue(name: string | undefined): name is QueueName {
  return name !== undefined && name in QUEUES;
}

/** A returned lead is marketing's only when its return reason says NURTURE; the channel manager's otherwise. */
function inQueue(queue: QueueName, lead: { stage: LeadStage; pendingFollowUp?: string | null }): boolean {
  return queue !== 'nurture' || lead.stage !== 'RETURNED' || lead.pendingFollowUp === 'NURTURE';
}

/** A queue's size: exact, or above 1,000 leads the API's estimate. */
export interface QueueCount {
  count: number;
  exact: boolean;
}

export function useQueueCounts(pause: boolean) {
  const [{ data }] = useQuery({ query: QueueCounts, pause });
  const countOf = (connection?: { totalCount: number; totalCountExact: boolean }): QueueCount | undefined =>
    connection && { count: connection.totalCount, exact: connection.totalCountExact };
  return {
    unplaced: countOf(data?.unplaced),
    returned: countOf(data?.returned),
    stale: countOf(data?.stale),
    nurture: countOf(data?.nurture),
  } satisfies Record<QueueName, QueueCount | undefined>;
}

/** One page of a queue: `after` is the cursor of the page before (null for the first). */
export function useQueue(queue: QueueName, after: string | null) {
  const stages = QUEUES[queue];
  const [byStage] = useQuery({
    query: QueueLeads,
    variables: { stages: stages ? [...stages] : [], after },
    pause: stages === null,
  });
  const [stale] = useQuery({ query: StaleLeads, variables: { after }, pause: stages !== null });
  const result = stages === null ? stale : byStage;
  const connection = stages === null ? stale.data?.staleLeads : byStage.data?.leads;
  const leads = (connection?.nodes ?? []).filter((lead) => inQueue(queue, lead));
  // Marketing's queue drops returned leads without NURTURE on the page: its count is the page's, the others' the whole list's.
  const totalCount = queue === 'nurture' ? leads.length : (connection?.totalCount ?? 0);
  const totalCountExact = queue === 'nurture' || (connection?.totalCountExact ?? true);
  return { leads, totalCount, totalCountExact, pageInfo: connection?.pageInfo, fetching: result.fetching, error: result.error };
}
