import { graphql } from '@/shared/graphql/generated';

export const FailedMailCount = graphql(`
  query FailedMailCount {
    failedNotifications(first: 1) {
      totalCount
    }
  }
`);

export const FailedMails = graphql(`
  query FailedMails($after: String) {
    failedNotifications(first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        email
        attempts
        lastError
        leadId
        createdAt
      }
    }
  }
`);
