import { graphql } from '@/shared/graphql/generated';

export const ActivePartners = graphql(`
  query ActivePartners {
    partners(statuses: [ACTIVE], first: 100) {
      nodes {
        id
        name
        tier
        city
      }
    }
  }
`);

export const Members = graphql(`
  query Members($partnerId: ID) {
    members(partnerId: $partnerId, first: 100) {
      nodes {
        id
        role
        user {
          id
          name
        }
      }
    }
  }
`);
