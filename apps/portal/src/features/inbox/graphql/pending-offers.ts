import { graphql } from '@/shared/graphql/generated';

export const PendingOffers = graphql(`
  query PendingOffers {
    offers(filter: { status: [PENDING] }, first: 25) {
      totalCount
      nodes {
        id
        leadId
        mode
        allowedActions
        offeredAt
        expiresAt
        teaser {
          companySize
          industry
          country
          postalArea
          city
          productLine
          requestType
          budget
          timeframe
          score
          grade
          source
        }
      }
    }
  }
`);
