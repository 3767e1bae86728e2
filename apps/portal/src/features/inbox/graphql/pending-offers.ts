import { graphql } from '@/shared/graphql/generated';

export const PendingOffers = graphql(`
  query PendingOffers($orderBy: OfferOrder!, $after: String) {
    offers(filter: { status: [PENDING] }, orderBy: $orderBy, first: 25, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
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
          cell
          source
        }
      }
    }
  }
`);
