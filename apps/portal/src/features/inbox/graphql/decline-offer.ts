import { graphql } from '@/shared/graphql/generated';

export const DeclineOffer = graphql(`
  mutation DeclineOffer($input: DeclineOfferInput!) {
    declineOffer(input: $input) {
      id
      status
    }
  }
`);
