import { graphql } from '@/shared/graphql/generated';

export const LeadOffers = graphql(`
  query LeadOffers($leadId: ID!) {
    offers(filter: { leadId: $leadId }, first: 50) {
      nodes {
        id
        roundId
        status
        mode
        offeredAt
        expiresAt
        allowedActions
        partner {
          name
        }
      }
    }
  }
`);

export const WithdrawOffer = graphql(`
  mutation WithdrawOffer($id: ID!) {
    withdrawOffer(id: $id) {
      id
      status
      allowedActions
    }
  }
`);
