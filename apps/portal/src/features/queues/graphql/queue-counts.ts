import { graphql } from '@/shared/graphql/generated';

export const QueueCounts = graphql(`
  query QueueCounts {
    unplaced: leads(filter: { stages: [UNPLACED] }, first: 1) {
      totalCount
      totalCountExact
    }
    returned: leads(filter: { stages: [RETURNED] }, first: 1) {
      totalCount
      totalCountExact
    }
    stale: staleLeads(first: 1) {
      totalCount
      totalCountExact
    }
    nurture: leads(filter: { stages: [NURTURING, LOST, DISQUALIFIED] }, first: 1) {
      totalCount
      totalCountExact
    }
  }
`);
