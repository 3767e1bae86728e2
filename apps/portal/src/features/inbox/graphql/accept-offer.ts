import { graphql } from '@/shared/graphql/generated';

export const AcceptOffer = graphql(`
  mutation AcceptOffer($id: ID!) {
    acceptOffer(id: $id) {
      id
      status
      leadId
    }
  }
`);
