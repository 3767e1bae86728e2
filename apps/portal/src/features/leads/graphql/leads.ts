import { graphql } from '@/shared/graphql/generated';

export const Leads = graphql(`
  query Leads($filter: LeadFilter, $orderBy: LeadOrder!, $after: String) {
    leads(filter: $filter, orderBy: $orderBy, first: 25, after: $after) {
      totalCount
      totalCountExact
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...LeadRow
      }
    }
  }
`);
