import { graphql } from '@/shared/graphql/generated';

export const QueueLeads = graphql(`
  query QueueLeads($stages: [LeadStage!]!, $after: String) {
    leads(filter: { stages: $stages }, first: 10, after: $after, orderBy: RECENTLY_UPDATED) {
      totalCount
      totalCountExact
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...QueueLead
      }
    }
  }
`);

export const StaleLeads = graphql(`
  query StaleLeads($after: String) {
    staleLeads(first: 10, after: $after) {
      totalCount
      totalCountExact
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...QueueLead
      }
    }
  }
`);

export const QueueLeadFields = graphql(`
  fragment QueueLead on Lead {
    id
    stage
    updatedAt
    acceptedAt
    pendingFollowUp
    company {
      name
      city
    }
    holdingPartner {
      name
    }
    events {
      id
      type
      occurredAt
      comment
      reasonCode {
        key
        labels {
          locale
          text
        }
      }
    }
  }
`);
