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

/** Every partner, paused and ended ones too: a lead's holder may be any of them (the leads list's filter). */
export const PartnerNames = graphql(`
  query PartnerNames {
    partners(first: 100) {
      nodes {
        id
        name
        status
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
